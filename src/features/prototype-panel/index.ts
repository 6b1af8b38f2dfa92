export { PrototypePanel, PANEL_SHORTCUT } from './components/prototype-panel';
