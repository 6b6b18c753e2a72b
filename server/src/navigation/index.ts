export { outline } from './outline';
