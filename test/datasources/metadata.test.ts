/**
 * The loaders against the real generated metadata: every resource the graph can load by id has
 * a usable retrieve endpoint, and every `object` value leads back to its resource.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RestMetadata } from '../../src/metadata/types';
import { resourceForObject, retrieveEndpointFor } from '../../src/datasources/objects';

const metadata = JSON.parse(readFileSync(join(__dirname, '../../schema/generated/metadata.json'), 'utf8')) as RestMetadata;

describe('loaders over schema/generated/metadata.json', () => {
  it('finds a retrieve-by-id endpoint for each resource that has one, under its parent when nested', () => {
    for (const resource of Object.values(metadata.resources)) {
      const hasRetrieveById = resource.endpoints.some((e) => e.kind === 'retrieve' && e.idParam !== undefined);
      const endpoint = retrieveEndpointFor(resource);
      expect({ type: resource.typeName, found: endpoint !== undefined }).toEqual({
        type: resource.typeName,
        found: hasRetrieveById,
      });
      if (endpoint && resource.parent) {
        expect(endpoint.pathParams).toEqual([resource.parent.pathParam, endpoint.idParam]);
      }
    }
  });

  it('maps the Connect objects back to their resources', () => {
    const pairs = ['account', 'person', 'capability', 'bank_account', 'card'].map((object) => [object, resourceForObject(metadata, object)?.typeName]);
    expect(pairs).toEqual([
      ['account', 'Account'],
      ['person', 'Person'],
      ['capability', 'Capability'],
      ['bank_account', 'BankAccount'],
      ['card', 'Card'],
    ]);
    expect(retrieveEndpointFor(metadata.resources.Person!)?.path).toBe('/v1/accounts/{account}/persons/{person}');
  });
});
