import { envValue, parseEnvInteger } from '../../src/shared/env';

describe('envValue', () => {
  it('trims, and treats blank as unset', () => {
    expect([envValue({ A: ' 5 ' }, 'A'), envValue({ A: '  ' }, 'A'), envValue({}, 'A')]).toEqual(['5', undefined, undefined]);
  });
});

describe('parseEnvInteger', () => {
  it('reads decimal digits within the range', () => {
    expect([parseEnvInteger('N', '0', 0), parseEnvInteger('N', '-3', -5, 5), parseEnvInteger('N', '100', 1, 100)]).toEqual([0, -3, 100]);
  });
  it('answers the problem, naming the variable and the range', () => {
    expect(parseEnvInteger('STRIPE_MAX_IN_FLIGHT', '0', 1)).toBe('STRIPE_MAX_IN_FLIGHT must be an integer >= 1, got "0"');
    expect(parseEnvInteger('N', '101', 1, 100)).toBe('N must be an integer from 1 to 100, got "101"');
    expect(parseEnvInteger('N', '1e3', 0)).toBe('N must be an integer >= 0, got "1e3"');
    expect(parseEnvInteger('N', '2.5', 0)).toBe('N must be an integer >= 0, got "2.5"');
  });
});
