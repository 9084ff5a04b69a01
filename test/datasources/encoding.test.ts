import { encodeParams, flattenParams, withQuery } from '../../src/datasources/encoding';
import { InvalidInputError } from '../../src/datasources/errors';

describe('encodeParams', () => {
  it("refuses half of a UTF-16 surrogate pair as the caller's error; a whole pair is written", () => {
    expect(() => encodeParams({ email: 'a\uD800b' })).toThrow(InvalidInputError);
    expect(() => encodeParams({ email: 'a\uDC00' })).toThrow('A parameter holds a lone UTF-16 surrogate: "a\\udc00"');
    expect(encodeParams({ name: '\uD83D\uDE00' })).toBe('name=%F0%9F%98%80');
  });

  it('writes nested objects and arrays with indexed brackets', () => {
    expect(encodeParams({ a: { b: [{ c: 'v' }] } })).toBe('a[b][0][c]=v');
  });

  it('indexes expand entries', () => {
    expect(encodeParams({ expand: ['customer', 'latest_charge.balance_transaction'] })).toBe('expand[0]=customer&expand[1]=latest_charge.balance_transaction');
  });

  it('writes booleans as true/false and numbers as decimal strings', () => {
    expect(encodeParams({ active: true, livemode: false, amount: 2000, rate: 1.5, neg: -3 })).toBe('active=true&livemode=false&amount=2000&rate=1.5&neg=-3');
  });

  it('keeps numbers decimal where String() would use an exponent', () => {
    expect(encodeParams({ big: 1e21, tiny: 0.0000001 })).toBe('big=1000000000000000000000&tiny=0.0000001');
  });

  it('sends an empty string to unset a field', () => {
    expect(encodeParams({ description: '', metadata: '' })).toBe('description=&metadata=');
  });

  it('skips null and undefined, at any depth, keeping array indexes', () => {
    expect(encodeParams({ a: null, b: undefined, c: { d: null, e: 'x' }, f: ['p', null, 'q'] })).toBe('c[e]=x&f[0]=p&f[2]=q');
  });

  it('produces nothing for empty arrays and objects', () => {
    expect(encodeParams({ items: [], metadata: {}, name: 'n' })).toBe('name=n');
  });

  it('escapes values and keys as RFC 3986 (qs), keeping brackets literal', () => {
    expect(encodeParams({ metadata: { 'order id': "it's (1) * & = ! ~ é" } })).toBe(
      'metadata[order%20id]=it%27s%20%281%29%20%2A%20%26%20%3D%20%21%20~%20%C3%A9',
    );
  });

  it('encodes a Connect account update exactly as stripe-node does', () => {
    expect(
      encodeParams({
        business_type: 'individual',
        individual: { dob: { day: 1, month: 2, year: 1990 }, first_name: 'Jenny' },
        capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
        tos_acceptance: { date: new Date(1700000000123), ip: '8.8.8.8' },
      }),
    ).toBe(
      'business_type=individual&individual[dob][day]=1&individual[dob][month]=2&individual[dob][year]=1990' +
        '&individual[first_name]=Jenny&capabilities[card_payments][requested]=true' +
        '&capabilities[transfers][requested]=true&tos_acceptance[date]=1700000000&tos_acceptance[ip]=8.8.8.8',
    );
  });

  it('returns an empty string for no params', () => {
    expect(encodeParams(undefined)).toBe('');
    expect(encodeParams({})).toBe('');
  });

  it('refuses values Stripe could not read', () => {
    expect(() => encodeParams({ amount: Number.NaN })).toThrow('Cannot encode parameter amount: NaN is not a finite number');
    expect(() => encodeParams({ x: { y: Infinity } })).toThrow('Cannot encode parameter x[y]: Infinity is not a finite number');
  });
});

describe('flattenParams', () => {
  it('gives ordered unescaped pairs', () => {
    expect(flattenParams({ a: [{ b: 'x y' }], c: 1 })).toEqual([
      ['a[0][b]', 'x y'],
      ['c', '1'],
    ]);
  });
});

describe('withQuery', () => {
  it('appends the query, or leaves the path alone when there is none', () => {
    expect(withQuery('/v1/accounts', { limit: 3, expand: ['data.external_accounts'] })).toBe('/v1/accounts?limit=3&expand[0]=data.external_accounts');
    expect(withQuery('/v1/accounts', {})).toBe('/v1/accounts');
    expect(withQuery('/v1/accounts', undefined)).toBe('/v1/accounts');
  });
});
