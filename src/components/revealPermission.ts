import type { RevealRole } from '../types';

const roleRank: Record<string, number> = { Viewer: 1, Editor: 2, Admin: 3 };

/** Whether a user with this org role may reveal masked text. Unknown roles (None, anonymous) never may. */
export function canReveal(userRole: string | undefined, revealRole: RevealRole): boolean {
  if (revealRole === 'nobody' || !userRole) {
    return false;
  }
  const needed = roleRank[revealRole];
  const held = roleRank[userRole];
  return needed !== undefined && held !== undefined && held >= needed;
}
