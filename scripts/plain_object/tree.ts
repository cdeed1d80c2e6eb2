import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';

/**
 * Questions about the construct tree of an App, answered in one pass over it.
 */
export class AppTree {
  /**
   * Which of `constructs` are in the tree of `root` (not taken out with `tryRemoveChild`), and which of the
   * API-object identities of `objects` some API object of the tree has.
   *
   * `objects` is JSON text: a list of `[apiVersion, kind, namespace, name]` (namespace null: none), compared
   * with each object's `apiVersion`, `kind`, `metadata.namespace` and `name` as constructed.
   *
   * The result is a map (one value crosses the jsii boundary): `attached`, one boolean per construct;
   * `found`, one boolean per identity.
   *
   * @param root the root of the App
   * @param constructs the constructs to look for
   * @param objects the identities to look for, as JSON text
   */
  public static find(root: IConstruct, constructs: IConstruct[], objects: string): any {
    const all = root.node.findAll();
    const inTree = new Set<IConstruct>(all);
    const keys = new Set<string>();
    for (const c of all) {
      if (c instanceof ApiObject) {
        keys.add(JSON.stringify([c.apiVersion, c.kind, c.metadata.namespace ?? null, c.name]));
      }
    }
    const wanted = JSON.parse(objects) as any[];
    return {
      attached: constructs.map(c => inTree.has(c)),
      found: wanted.map(key => keys.has(JSON.stringify(key))),
    };
  }
}
