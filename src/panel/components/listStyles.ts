/*
 * Styles shared by the panel's two lists (anomalies and correlations): a heading, rows as buttons.
 */
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';

export const getListStyles = (theme: GrafanaTheme2) => ({
  section: css({ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1, minWidth: 0 }),
  heading: css({ fontSize: theme.typography.h6.fontSize, margin: theme.spacing(0.5, 1) }),
  empty: css({ padding: theme.spacing(1), color: theme.colors.text.secondary }),
  list: css({ listStyle: 'none', margin: 0, padding: 0, overflowY: 'auto', minHeight: 0 }),
  row: css({
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    width: '100%',
    textAlign: 'left',
    background: 'none',
    border: 'none',
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    color: theme.colors.text.primary,
    padding: theme.spacing(0.5, 1),
    cursor: 'pointer',
    '&:hover, &:focus-visible': { background: theme.colors.action.hover },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}`, outlineOffset: -2 },
  }),
  item: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(0.5), paddingRight: theme.spacing(0.5) }),
  selected: css({ background: theme.colors.action.selected }),
  name: css({ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }),
  score: css({ fontWeight: theme.typography.fontWeightMedium, color: theme.colors.error.text }),
  badge: css({
    marginRight: theme.spacing(0.5),
    padding: theme.spacing(0, 0.5),
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  meta: css({
    gridColumn: '1 / span 2',
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
