import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { PlainApiObject } from './index';

/**
 * Constructs and API objects made in one call, in order, as if each were made by its own constructor
 * call: a construct tree of many small constructs costs one call into the kernel per batch instead of
 * one per construct.
 */
export class ConstructBatch {
  /**
   * Makes each spec in order and returns what was made.
   *
   * `specs` is JSON text: a list of objects with `id`, and either `scope` (an index into `scopes`) or
   * `parent` (the index of an earlier spec, whose construct is the scope). A spec with `manifest` (the
   * whole object: apiVersion, kind, metadata and its other fields) makes a `PlainApiObject`, with its
   * `exactFields` if any (a list of `[name, value]`, see `PlainApiObject`); a spec without makes a plain
   * `Construct`.
   *
   * The result is a map (one value crosses the jsii boundary, where a struct would be read field by field):
   * `made`, the constructs made, one per spec, in order; `roots`, the root (the App) of each of `scopes`;
   * `namespaces`, the namespace of the Chart of each of `scopes` (null: none, or in no Chart).
   *
   * @param scopes constructs that exist already, which specs name as `scope`
   * @param specs the specs, as JSON text
   */
  public static make(scopes: Construct[], specs: string): any {
    const made = new Array<Construct>();
    for (const spec of JSON.parse(specs) as Spec[]) {
      const scope = spec.parent !== undefined ? made[spec.parent] : scopes[spec.scope!];
      if (scope === undefined) {
        throw new Error(`ConstructBatch: spec '${spec.id}' names no scope`);
      }
      if (spec.manifest === undefined) {
        made.push(new Construct(scope, spec.id));
        continue;
      }
      made.push(new PlainApiObject(scope, spec.id, spec.manifest, spec.exactFields));
    }
    return {
      made,
      roots: scopes.map(scope => scope.node.root as Construct),
      namespaces: scopes.map(chartNamespace),
    };
  }
}

interface Spec {
  readonly id: string;
  readonly scope?: number;
  readonly parent?: number;
  readonly manifest?: { [key: string]: any };
  readonly exactFields?: [string, any][];
}

function chartNamespace(scope: Construct): string | null {
  try {
    return Chart.of(scope).namespace ?? null;
  } catch {
    return null; // in no Chart
  }
}
