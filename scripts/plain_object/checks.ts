import { Construct, IConstruct, IValidation } from 'constructs';
import { ObjectRegistry } from './index';

/**
 * A construct's check of what it relies on in the rest of its App (implemented in Python by the constructs of
 * the package).
 */
export interface ICrossCheck {
  /**
   * The problems of the construct in its App (empty when all is well).
   *
   * @param signature the App's signature (see `ObjectRegistry.signature`): the answer may be kept until it
   *   changes
   */
  crossCheck(signature: string): string[];
}

/**
 * The validation of one construct that asks its `ICrossCheck` again only when the App's signature changed since
 * it last asked: cdk8s validates the whole App once for every Chart it renders, and a check of an unchanged App
 * would find what it found before.
 */
export class CrossCheck implements IValidation {
  /**
   * Adds the validation of `check` to `construct` (whose path cdk8s prints with each problem).
   *
   * @param construct the construct the problems are about
   * @param check what finds them
   */
  public static attach(construct: IConstruct, check: ICrossCheck): void {
    construct.node.addValidation(new CrossCheck(construct, check));
  }

  private registry?: ObjectRegistry;
  private checkedAt?: string;
  private problems: string[] = [];

  private constructor(private readonly construct: IConstruct, private readonly check: ICrossCheck) {}

  /**
   * The problems of the check (asked again only when the App's signature changed).
   */
  public validate(): string[] {
    this.registry = this.registry ?? ObjectRegistry.of(this.construct);
    const signature = this.registry.signature;
    if (signature !== this.checkedAt) {
      this.problems = [...this.check.crossCheck(signature)];
      this.checkedAt = signature;
    }
    return [...this.problems];
  }
}

/**
 * A construct with a check of what it relies on in the rest of its App: a subclass overrides `crossCheck`, which
 * the construct's own validation (`CrossCheck`, added by this constructor) asks at synth.
 */
export class CheckedConstruct extends Construct implements ICrossCheck {
  /**
   * @param scope the construct scope
   * @param id the construct id
   */
  public constructor(scope: Construct, id: string) {
    super(scope, id);
    CrossCheck.attach(this, this);
  }

  /**
   * The problems of the construct in its App: none, unless a subclass finds some.
   *
   * @param _signature the App's signature (see `ObjectRegistry.signature`)
   */
  public crossCheck(_signature: string): string[] {
    return [];
  }
}
