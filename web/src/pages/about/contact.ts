/**
 * Where people tell us about an accessibility barrier (issue #18; the statement must give a
 * contact). NOTE: the server has no support address setting, so the operator sets this one when
 * building the web app — `VITE_ACCESSIBILITY_CONTACT=a11y@example.cn npm run build` — and the
 * statement otherwise names the placeholder role mailbox below, to be replaced before going live.
 */
export const ACCESSIBILITY_CONTACT: string =
  (import.meta.env.VITE_ACCESSIBILITY_CONTACT as string | undefined)?.trim() ||
  'accessibility@opc-hub.example';
