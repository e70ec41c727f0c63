import { Grid } from 'antd';

/**
 * True on a phone-sized screen (narrower than Ant Design's `md`, 768 px): pages show lists
 * instead of wide tables there, so nothing needs a sideways scroll.
 */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  // NOTE: useBreakpoint is empty on the first render; treat "unknown" as desktop.
  return screens.md === false;
}
