import { canReveal } from './revealPermission';

describe('canReveal', () => {
  it('allows roles at or above the configured one', () => {
    expect(canReveal('Admin', 'Editor')).toBe(true);
    expect(canReveal('Editor', 'Editor')).toBe(true);
    expect(canReveal('Viewer', 'Editor')).toBe(false);
  });

  it('never allows when set to nobody, or for users without an org role', () => {
    expect(canReveal('Admin', 'nobody')).toBe(false);
    expect(canReveal('None', 'Viewer')).toBe(false);
    expect(canReveal(undefined, 'Viewer')).toBe(false);
  });
});
