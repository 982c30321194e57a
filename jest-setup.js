// Jest setup provided by Grafana scaffolding
import './.config/jest-setup';

// jsdom has no canvas; the scaffold's stub returns an empty context. @grafana/ui's Combobox
// measures option text, so give the stub a measureText (width proportional to length).
HTMLCanvasElement.prototype.getContext = () => ({
  measureText: (text) => ({ width: 7 * String(text).length }),
  font: '',
});
