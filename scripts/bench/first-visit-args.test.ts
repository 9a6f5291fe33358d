import { describe, expect, it } from 'vitest';
import { firstVisitArgs } from './serve-build.ts';

describe('a first-visit bench’s command line', () => {
  it('takes the count and the revision to alternate with, in either order; a revision of digits is not the count', () => {
    expect(firstVisitArgs(3, ['7', '--against', '29f255d'])).toEqual({ count: 7, against: '29f255d' });
    expect(firstVisitArgs(3, ['--against', '1225818'])).toEqual({ count: 3, against: '1225818' });
    expect(firstVisitArgs(3, ['--against', '1225818', '--first-visit', '9'])).toEqual({ count: 9, against: '1225818' });
    expect(firstVisitArgs(5, ['--first-visit'])).toEqual({ count: 5, against: undefined });
  });
});
