/**
 * The loaders against the real generated metadata: every resource the graph can load by id has
 * a usable retrieve endpoint, every `object` value leads back to its resource, and every
 * relation field has a list plan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RestMetadata } from '../../src/metadata/types';
import { relationPlanFor, resourceForObject, retrieveEndpointFor } from '../../src/datasources/loaders';

const metadata = JSON.parse(
  readFileSync(join(__dirname, '../../schema/generated/metadata.json'), 'utf8'),
) as RestMetadata;

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
    const pairs = ['account', 'person', 'capability', 'bank_account', 'card'].map((object) => [
      object,
      resourceForObject(metadata, object)?.typeName,
    ]);
    expect(pairs).toEqual([
      ['account', 'Account'],
      ['person', 'Person'],
      ['capability', 'Capability'],
      ['bank_account', 'BankAccount'],
      ['card', 'Card'],
    ]);
    expect(retrieveEndpointFor(metadata.resources.Person!)?.path).toBe('/v1/accounts/{account}/persons/{person}');
  });

  it('plans the child collections of an account as nested lists', () => {
    const plans = ['persons', 'capabilities', 'externalAccounts'].map((field) => {
      const plan = relationPlanFor(metadata, 'Account', field);
      return [field, plan?.endpoint.path, plan?.nested];
    });
    expect(plans).toEqual([
      ['persons', '/v1/accounts/{account}/persons', true],
      ['capabilities', '/v1/accounts/{account}/capabilities', true],
      ['externalAccounts', '/v1/accounts/{account}/external_accounts', true],
    ]);
  });

  it('has a list plan for every filter relation', () => {
    for (const relation of metadata.relations) {
      const plan = relationPlanFor(metadata, relation.parent, relation.field);
      expect([relation.parent, relation.field, plan?.nested, plan?.params('x_1')]).toEqual([
        relation.parent,
        relation.field,
        false,
        { [relation.filter]: 'x_1' },
      ]);
    }
  });
});
