import { AppPlugin } from '@grafana/data';

import { AppOverview } from './components/AppOverview';

export const plugin = new AppPlugin<{}>().setRootPage(AppOverview);
