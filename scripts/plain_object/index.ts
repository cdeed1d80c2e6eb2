import { ApiObject, ApiObjectProps, JsonPatch } from 'cdk8s';
import { Construct, IConstruct, IValidation } from 'constructs';

export * from './checks';
export * from './tree';

/** The JSON pointer of a top-level field. */
function pointer(name: string): string {
  return '/' + name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * An API object rendered from its manifest exactly as given.
 *
 * Every key of the manifest other than `apiVersion`, `kind` and `metadata` is a top-level field of
 * the object (`spec`, `data`, `rules`...), rendered by `ApiObject.toJson` with no typed re-filtering,
 * so JSON patches apply exactly as written. The fields are checked before they are passed here; the manifest
 * crosses the jsii boundary as one JSON text, far cheaper than a deep structure. Each object is recorded in
 * the `ObjectRegistry` of its App.
 */
export class PlainApiObject extends ApiObject {
  private readonly registry: ObjectRegistry;
  private readonly operations = new Array<JsonPatch>();

  /**
   * @param scope the construct scope
   * @param id the construct id
   * @param manifest the whole object, as JSON text: apiVersion, kind, metadata and its other fields
   * @param exactFields more top-level fields, as JSON text of a list of `[name, value]` pairs, rendered exactly
   *   as given (key order and null values kept: they are added as JSON patches, which are not recorded as
   *   patches of the object). Default: none.
   */
  public constructor(scope: Construct, id: string, manifest: string, exactFields?: string) {
    super(scope, id, JSON.parse(manifest) as ApiObjectProps);
    if (exactFields !== undefined) {
      super.addJsonPatch(...(JSON.parse(exactFields) as [string, any][]).map(([name, value]) =>
        JsonPatch.add(pointer(name), value)));
    }
    this.registry = ObjectRegistry.of(this);
    this.registry.register(this);
  }

  /**
   * Adds `value` to the object's definition at `pointer` (a JSON patch `add`, applied at synth but not recorded
   * as a patch of the object): what its maker learns after making it, such as one more item of a list.
   *
   * @param pointer the JSON pointer (`/spec/roles/-`)
   * @param value the value, as JSON text
   */
  public extend(pointer: string, value: string): void {
    super.addJsonPatch(JsonPatch.add(pointer, JSON.parse(value)));
  }

  /**
   * Whether JSON patches were added to this object.
   */
  public get hasPatches(): boolean {
    return this.operations.length > 0;
  }

  /**
   * The JSON patches added to this object, in order, as JSON text: a list of RFC 6902 operations
   * (`{"op": "add", "path": "/spec/replicas", "value": 3}`), whoever added them (Python or JavaScript).
   */
  public get patchOperations(): string {
    // a JsonPatch keeps its operation in the field `operation` (not public in cdk8s's API)
    return JSON.stringify(this.operations.map(op => (op as any).operation));
  }

  /**
   * Applies RFC-6902 JSON-Patch operations to the rendered object (see `ApiObject.addJsonPatch`) and
   * records them for the check of patched objects at synth.
   *
   * @param ops The JSON-Patch operations to apply.
   */
  public addJsonPatch(...ops: JsonPatch[]): void {
    this.operations.push(...ops);
    this.registry.patched(this);
    super.addJsonPatch(...ops);
  }
}

/**
 * The objects of one App: a construct under the App root, made by the first `PlainApiObject`, whose
 * validation (the App root's) fails when two objects share apiVersion, kind, namespace and name.
 *
 * The namespace is `metadata.namespace`, else the Chart's (none for cluster-scoped kinds); a patched
 * object is keyed by its patched metadata; an object taken out of the tree is not counted.
 *
 * Its validation also takes the App's `signature` at the start of each validation of the App (cdk8s validates
 * the root first): a text that changes when a construct is added to the tree or taken out of it, or a JSON
 * patch is added. cdk8s validates the whole App once for every Chart it renders; the checks of the App
 * (`CrossCheck`, and the duplicates here) are done again only when the signature changed, so synthesis stays
 * linear.
 */
export class ObjectRegistry extends Construct implements IValidation {
  /**
   * The construct id of the registry under the App root.
   */
  public static readonly ID = 'ModelServiceObjects';

  /**
   * The registry of the App of `scope` (made on first use).
   *
   * @param scope any construct of the App
   */
  public static of(scope: IConstruct): ObjectRegistry {
    const root = scope.node.root;
    const found = root.node.tryFindChild(ObjectRegistry.ID);
    if (found === undefined) {
      return new ObjectRegistry(root as Construct);
    }
    if (!(found instanceof ObjectRegistry)) {
      throw new Error(`the App root has a child '${ObjectRegistry.ID}' that is not an ObjectRegistry`);
    }
    return found;
  }

  /**
   * Tell every registry which kinds are cluster-scoped (their objects have no namespace: two of them with one
   * name are duplicates in any namespaces). The Python package states them, once (`security.CLUSTER_SCOPED_KINDS`).
   *
   * @param kinds the kinds
   */
  public static useClusterScopedKinds(kinds: string[]): void {
    ObjectRegistry.clusterScoped = new Set(kinds);
  }

  private static clusterScoped = new Set<string>();

  private readonly objects = new Array<PlainApiObject>();
  private readonly patchedSet = new Set<PlainApiObject>();
  private patches = 0;
  private current?: string;
  private version = 0;
  private tree?: IConstruct[];
  private patchesSeen = 0;
  private attached?: Set<IConstruct>;
  private checkedAt?: string;
  private reported = new Map<PlainApiObject, string[]>();
  private readonly reporting = new Set<PlainApiObject>();

  private constructor(root: Construct) {
    super(root, ObjectRegistry.ID);
    root.node.addValidation(this);
  }

  /**
   * The number of objects recorded.
   */
  public get size(): number {
    return this.objects.length;
  }

  /**
   * The App's signature as of the start of the current validation (see the class documentation): a number that
   * grows whenever the constructs of the tree (found in order, by identity) or the count of JSON patches added
   * differ from those of the validation before.
   */
  public get signature(): string {
    if (this.current === undefined) {
      this.refresh();
    }
    return this.current!;
  }

  /**
   * Records one object.
   *
   * @param obj the object
   */
  public register(obj: PlainApiObject): void {
    this.objects.push(obj);
  }

  /**
   * Records that JSON patches were added to `obj`.
   *
   * @param obj the patched object
   */
  public patched(obj: PlainApiObject): void {
    this.patchedSet.add(obj);
    this.patches += 1;
  }

  /**
   * The number of times JSON patches were added to objects of the App (it changes with every patch).
   */
  public get patchCount(): number {
    return this.patches;
  }

  /**
   * The objects of the App that have JSON patches, in the order they were first patched.
   */
  public get patchedObjects(): PlainApiObject[] {
    return Array.from(this.patchedSet);
  }

  /**
   * Takes the App's signature, finds the duplicate objects of the App (again only when the signature changed)
   * and gives each a validation of its own that reports it (cdk8s validates the root first, then the constructs
   * below it, naming each one's path); reports nothing itself.
   */
  public validate(): string[] {
    this.refresh();
    if (this.checkedAt !== this.current) {
      this.checkedAt = this.current;
      this.reported = new Map(this.check());
      for (const obj of this.reported.keys()) {
        if (!this.reporting.has(obj)) {
          this.reporting.add(obj);
          obj.node.addValidation({ validate: () => [...(this.reported.get(obj) ?? [])] });
        }
      }
    }
    return [];
  }

  private refresh(): void {
    const all = this.node.root.node.findAll();
    const same = this.tree !== undefined && this.tree.length === all.length && all.every((c, i) => c === this.tree![i]);
    if (same && this.current !== undefined && this.patchesSeen === this.patches) {
      return;
    }
    this.tree = all;
    this.patchesSeen = this.patches;
    const inTree = new Set<IConstruct>(all);
    const attached = this.objects.filter(obj => inTree.has(obj)).length;
    this.attached = attached === this.objects.length ? undefined : inTree;
    this.version += 1;
    this.current = `${this.version}`;
  }

  private check(): Array<[PlainApiObject, string[]]> {
    const problems = new Array<[PlainApiObject, string[]]>();
    const seen = new Map<string, PlainApiObject>();
    const inTree = this.attached;
    for (const obj of this.objects) {
      if (inTree !== undefined && !inTree.has(obj)) {
        continue; // taken out of the tree: not rendered
      }
      let name = obj.name;
      let namespace = obj.metadata.namespace;
      if (obj.hasPatches) {
        try {
          const metadata = obj.toJson().metadata ?? {};
          name = metadata.name;
          namespace = metadata.namespace;
        } catch {
          continue; // a patch that cannot be applied is reported by the patch check
        }
      }
      if (ObjectRegistry.clusterScoped.has(obj.kind)) {
        namespace = undefined;
      }
      const key = JSON.stringify([obj.apiVersion, obj.kind, namespace ?? null, name]);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, obj);
        continue;
      }
      const where = namespace ? `namespace '${namespace}'` : 'no namespace';
      problems.push([obj, [`duplicate object: ${obj.apiVersion} ${obj.kind} '${name}' (${where}) is also defined `
        + `by ${first.node.path}; each object needs its own apiVersion/kind/namespace/name (give one another name `
        + 'or namespace)']]);
    }
    return problems;
  }
}
