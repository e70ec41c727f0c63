import { describe, expect, it } from 'vitest';
import { isInAudience } from './audience';
import { loginPathFor, safeNextPath } from './paths';

describe('safeNextPath: where the login page may send a user afterwards', () => {
  it.each([
    ['/organisations', '/organisations'],
    ['/organisations/1?tab=members#top', '/organisations/1?tab=members#top'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/login', '/'],
    ['/login?next=/x', '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it('round-trips through loginPathFor', () => {
    const path = loginPathFor('/admin/audit?action=role.');
    const next = new URL(path, 'http://localhost').searchParams.get('next');
    expect(safeNextPath(next)).toBe('/admin/audit?action=role.');
    expect(loginPathFor('/')).toBe('/login');
  });
});

describe('isInAudience mirrors the server permission table semantics', () => {
  it('anyone includes signed-out visitors', () => {
    expect(isInAudience('anyone', null)).toBe(true);
  });
  it('authenticated means any signed-in account, even without roles', () => {
    expect(isInAudience('authenticated', [])).toBe(true);
    expect(isInAudience('authenticated', null)).toBe(false);
  });
  it('a role list needs one of the roles', () => {
    expect(isInAudience(['admin', 'reviewer'], ['reviewer'])).toBe(true);
    expect(isInAudience(['admin'], ['founder', 'provider'])).toBe(false);
    expect(isInAudience(['admin'], null)).toBe(false);
  });
});
