import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, App, Chart, DependencyGraph, Names, YamlOutputType } from 'cdk8s';
import { IConstruct } from 'constructs';
import { YamlWriter } from './yaml';

/**
 * The synthesis of `App.synth()` and `App.synthYaml()` in one pass over the app.
 *
 * cdk8s renders each chart through `Chart.toJson()`, which resolves the dependencies of the whole app
 * and runs every validation of the whole app again, so an app of N charts is walked N + 1 times. Here
 * the app is validated and its dependencies resolved once, then each chart's objects are rendered in
 * the same order and written with the same file names and YAML as cdk8s writes them (the YAML by the writer of
 * `yaml.ts`, which writes what cdk8s's `Yaml.stringify` writes in a fraction of its time). The steps mirror
 * cdk8s 2.70's `App.synth`; the test suite compares the two byte for byte on apps of several charts,
 * with and without dependencies between charts, so that a cdk8s upgrade that changes them fails loudly.
 */
export class AppSynthesis {
  /**
   * Writes every chart's manifests into the app's `outdir`, as `App.synth()` does. Apps whose YAML output
   * type is not one file per chart are synthesized by `App.synth()` itself.
   *
   * @param app the app to synthesize
   */
  public static synth(app: App): void {
    if (app.yamlOutputType !== YamlOutputType.FILE_PER_CHART) {
      app.synth();
      return;
    }
    fs.mkdirSync(app.outdir, { recursive: true });
    const constructs = app.node.findAll();
    validate(constructs);
    const namedByIndex = resolveDependencies(constructs);
    const charts = app.charts;
    const objects: ApiObject[] = [];
    charts.forEach((chart, index) => {
      const chartObjects = apiObjects(chart);
      objects.push(...chartObjects);
      const name = namedByIndex
        ? `${index.toString().padStart(4, '0')}-${Names.toDnsLabel(chart)}`
        : Names.toDnsLabel(chart);
      fs.writeFileSync(path.join(app.outdir, name + app.outputFileExtension),
        YamlWriter.stringify(chartObjects.map(o => o.toJson())), { encoding: 'utf8' });
    });
    // `App.recordConstructMetadata` is private: the flag `cdk8s synth` sets for its construct metadata file
    if ((app as any).recordConstructMetadata) {
      const resources: { [name: string]: { path: string } } = {};
      for (const obj of objects) {
        resources[obj.name] = { path: obj.node.path };
      }
      fs.writeFileSync(path.join(app.outdir, 'construct-metadata.json'),
        JSON.stringify({ version: '1.0.0', resources: resources }));
    }
  }

  /**
   * The manifests of every chart as one multi-document YAML string, as `App.synthYaml()` returns them.
   *
   * @param app the app to synthesize
   */
  public static synthYaml(app: App): string {
    const constructs = app.node.findAll();
    resolveDependencies(constructs);
    validate(constructs);
    const docs: any[] = [];
    for (const chart of app.charts) {
      docs.push(...apiObjects(chart).map(o => o.toJson()));
    }
    return YamlWriter.stringify(docs);
  }

  /**
   * The YAML of docs, as cdk8s's `Yaml.stringify(...docs)` writes it: documents of plain JSON values are
   * written by this module's own writer (see `yaml.ts`), any other document by `Yaml.stringify`.
   *
   * @param docs the documents; an undefined one is written as an empty line, as cdk8s writes it
   */
  public static stringify(docs: any[]): string {
    return YamlWriter.stringify(docs);
  }

  /**
   * Whether `stringify` writes doc with its own writer, rather than falling back to cdk8s's
   * `Yaml.stringify` (which it does for documents holding control characters, unpaired surrogates,
   * undefined values, non-JSON objects, one object reached twice, or a top-level scalar).
   *
   * @param doc the document
   */
  public static writesItself(doc: any): boolean {
    return YamlWriter.writesItself(doc);
  }
}

/** Every validation of the app, failing with cdk8s's message when one reports errors. */
function validate(constructs: IConstruct[]): void {
  const errors: string[] = [];
  for (const child of constructs) {
    for (const error of child.node.validate()) {
      errors.push(`[${child.node.path}] ${error}`);
    }
  }
  if (errors.length > 0) {
    throw new Error(`Validation failed with the following errors:\n  ${errors.join('\n  ')}`);
  }
}

/**
 * Chart dependencies from nested charts and from dependencies between constructs of different charts, and
 * API-object dependencies from construct dependencies; whether any chart depends on another (then files
 * are numbered in dependency order).
 */
function resolveDependencies(constructs: IConstruct[]): boolean {
  let chartsDepend = false;
  for (const parent of constructs.filter(x => x instanceof Chart)) {
    for (const child of parent.node.children.filter(x => x instanceof Chart)) {
      parent.node.addDependency(child);
      chartsDepend = true;
    }
  }
  for (const { source, target } of dependenciesOf(constructs)) {
    const sourceChart = Chart.of(source);
    const targetChart = Chart.of(target);
    if (sourceChart !== targetChart) {
      sourceChart.node.addDependency(targetChart);
      chartsDepend = true;
    }
  }
  // again: the chart dependencies just added make their objects depend on each other too
  for (const { source, target } of dependenciesOf(constructs)) {
    const sourceChart = Chart.of(source);
    const targetChart = Chart.of(target);
    const targets = target.node.findAll().filter(c => c instanceof ApiObject && Chart.of(c) === targetChart);
    const sources = source.node.findAll().filter(c => c instanceof ApiObject && Chart.of(c) === sourceChart);
    for (const t of targets) {
      for (const s of sources) {
        if (t !== s) {
          s.node.addDependency(t);
        }
      }
    }
  }
  return chartsDepend;
}

/** Every construct dependency of the app, as source and target. */
function dependenciesOf(constructs: IConstruct[]): { source: IConstruct; target: IConstruct }[] {
  const dependencies: { source: IConstruct; target: IConstruct }[] = [];
  for (const child of constructs) {
    for (const dependency of child.node.dependencies) {
      dependencies.push({ source: child, target: dependency });
    }
  }
  return dependencies;
}

/** The API objects of a chart (not of charts nested in it), in dependency order. */
function apiObjects(chart: Chart): ApiObject[] {
  return new DependencyGraph(chart.node).topology()
    .filter((x): x is ApiObject => x instanceof ApiObject)
    .filter(x => Chart.of(x) === chart);
}
