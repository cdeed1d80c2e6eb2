from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class AppSynthesis(
    metaclass=jsii.JSIIMeta,
    jsii_type="modelservice_constructs_objects.AppSynthesis",
):
    '''The synthesis of ``App.synth()`` and ``App.synthYaml()`` in one pass over the app.

    cdk8s renders each chart through ``Chart.toJson()``, which resolves the dependencies of the whole app
    and runs every validation of the whole app again, so an app of N charts is walked N + 1 times. Here
    the app is validated and its dependencies resolved once, then each chart's objects are rendered in
    the same order and written with the same file names and YAML as cdk8s writes them (the YAML by the writer of
    ``yaml.ts``, which writes what cdk8s's ``Yaml.stringify`` writes in a fraction of its time). The steps mirror
    cdk8s 2.70's ``App.synth``; the test suite compares the two byte for byte on apps of several charts,
    with and without dependencies between charts, so that a cdk8s upgrade that changes them fails loudly.
    '''

    def __init__(self) -> None:
        jsii.create(self.__class__, self, [])

    @jsii.member(jsii_name="stringify")
    @builtins.classmethod
    def stringify(cls, docs: typing.Sequence[typing.Any]) -> builtins.str:
        '''The YAML of docs, as cdk8s's ``Yaml.stringify(...docs)`` writes it: documents of plain JSON values are written by this module's own writer (see ``yaml.ts``), any other document by ``Yaml.stringify``.

        :param docs: the documents; an undefined one is written as an empty line, as cdk8s writes it
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b92fb1f9bad9a99e24d4d8c22e11c1393bed9b6373e4e510d533e8a85bc23c2)
            check_type(argname="argument docs", value=docs, expected_type=type_hints["docs"])
        return typing.cast(builtins.str, jsii.sinvoke(cls, "stringify", [docs]))

    @jsii.member(jsii_name="synth")
    @builtins.classmethod
    def synth(cls, app: "_cdk8s_d3d9af27.App") -> None:
        '''Writes every chart's manifests into the app's ``outdir``, as ``App.synth()`` does. Apps whose YAML output type is not one file per chart are synthesized by ``App.synth()`` itself.

        :param app: the app to synthesize.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a2911ca9ab88dab29fa79a9d6c164d0cbd4d2931dd4ef1e52dab6f0d7c043e07)
            check_type(argname="argument app", value=app, expected_type=type_hints["app"])
        return typing.cast(None, jsii.sinvoke(cls, "synth", [app]))

    @jsii.member(jsii_name="synthYaml")
    @builtins.classmethod
    def synth_yaml(cls, app: "_cdk8s_d3d9af27.App") -> builtins.str:
        '''The manifests of every chart as one multi-document YAML string, as ``App.synthYaml()`` returns them.

        :param app: the app to synthesize.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__84de0262f5be63a976e3ef4196a0ae0f260153f989fe7396957b89f13f7e0bb6)
            check_type(argname="argument app", value=app, expected_type=type_hints["app"])
        return typing.cast(builtins.str, jsii.sinvoke(cls, "synthYaml", [app]))

    @jsii.member(jsii_name="writesItself")
    @builtins.classmethod
    def writes_itself(cls, doc: typing.Any) -> builtins.bool:
        '''Whether ``stringify`` writes doc with its own writer, rather than falling back to cdk8s's ``Yaml.stringify`` (which it does for documents holding control characters, unpaired surrogates, undefined values, non-JSON objects, one object reached twice, or a top-level scalar).

        :param doc: the document.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__798badbe40147f4268164dbeef4b2b829d5caf68062927322951d9de8aa76f25)
            check_type(argname="argument doc", value=doc, expected_type=type_hints["doc"])
        return typing.cast(builtins.bool, jsii.sinvoke(cls, "writesItself", [doc]))


class AppTree(
    metaclass=jsii.JSIIMeta,
    jsii_type="modelservice_constructs_objects.AppTree",
):
    '''Questions about the construct tree of an App, answered in one pass over it.'''

    def __init__(self) -> None:
        jsii.create(self.__class__, self, [])

    @jsii.member(jsii_name="find")
    @builtins.classmethod
    def find(
        cls,
        root: "_constructs_77d1e7e8.IConstruct",
        constructs: typing.Sequence["_constructs_77d1e7e8.IConstruct"],
        objects: builtins.str,
    ) -> typing.Any:
        '''Which of ``constructs`` are in the tree of ``root`` (not taken out with ``tryRemoveChild``), and which of the API-object identities of ``objects`` some API object of the tree has.

        ``objects`` is JSON text: a list of ``[apiVersion, kind, namespace, name]`` (namespace null: none), compared
        with each object's ``apiVersion``, ``kind``, ``metadata.namespace`` and ``name`` as constructed.

        The result is a map (one value crosses the jsii boundary): ``attached``, one boolean per construct;
        ``found``, one boolean per identity.

        :param root: the root of the App.
        :param constructs: the constructs to look for.
        :param objects: the identities to look for, as JSON text.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9460eab756e5ffe7329cbcdb6d0dea335ff12565578cd7eacc2cbc4bdbe8be1c)
            check_type(argname="argument root", value=root, expected_type=type_hints["root"])
            check_type(argname="argument constructs", value=constructs, expected_type=type_hints["constructs"])
            check_type(argname="argument objects", value=objects, expected_type=type_hints["objects"])
        return typing.cast(typing.Any, jsii.sinvoke(cls, "find", [root, constructs, objects]))


class ConstructBatch(
    metaclass=jsii.JSIIMeta,
    jsii_type="modelservice_constructs_objects.ConstructBatch",
):
    '''Constructs and API objects made in one call, in order, as if each were made by its own constructor call: a construct tree of many small constructs costs one call into the kernel per batch instead of one per construct.'''

    def __init__(self) -> None:
        jsii.create(self.__class__, self, [])

    @jsii.member(jsii_name="make")
    @builtins.classmethod
    def make(
        cls,
        scopes: typing.Sequence["_constructs_77d1e7e8.Construct"],
        specs: builtins.str,
    ) -> typing.Any:
        '''Makes each spec in order and returns what was made.

        ``specs`` is JSON text: a list of objects with ``id``, and either ``scope`` (an index into ``scopes``) or
        ``parent`` (the index of an earlier spec, whose construct is the scope). A spec with ``manifest`` (the
        whole object: apiVersion, kind, metadata and its other fields) makes a ``PlainApiObject``, with its
        ``exactFields`` if any (a list of ``[name, value]``, see ``PlainApiObject``); a spec without makes a plain
        ``Construct``.

        The result is a map (one value crosses the jsii boundary, where a struct would be read field by field):
        ``made``, the constructs made, one per spec, in order; ``roots``, the root (the App) of each of ``scopes``;
        ``namespaces``, the namespace of the Chart of each of ``scopes`` (null: none, or in no Chart).

        :param scopes: constructs that exist already, which specs name as ``scope``.
        :param specs: the specs, as JSON text.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c44e190912d9a73b382e9ac4041070f33f95881911934443ec1b0501191633e)
            check_type(argname="argument scopes", value=scopes, expected_type=type_hints["scopes"])
            check_type(argname="argument specs", value=specs, expected_type=type_hints["specs"])
        return typing.cast(typing.Any, jsii.sinvoke(cls, "make", [scopes, specs]))


@jsii.implements(_constructs_77d1e7e8.IValidation)
class ObjectRegistry(
    _constructs_77d1e7e8.Construct,
    metaclass=jsii.JSIIMeta,
    jsii_type="modelservice_constructs_objects.ObjectRegistry",
):
    '''The objects of one App: a construct under the App root, made by the first ``PlainApiObject``, whose validation (the App root's) fails when two objects share apiVersion, kind, namespace and name.

    The namespace is ``metadata.namespace``, else the Chart's (none for cluster-scoped kinds); a patched
    object is keyed by its patched metadata; an object taken out of the tree is not counted. cdk8s validates
    the whole App once for every Chart it renders, so the result is kept until an object or a patch is
    added, or a construct taken out: synthesis stays linear.
    '''

    @jsii.member(jsii_name="of")
    @builtins.classmethod
    def of(cls, scope: "_constructs_77d1e7e8.IConstruct") -> "ObjectRegistry":
        '''The registry of the App of ``scope`` (made on first use).

        :param scope: any construct of the App.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__450eae5735f7c79d7c26d82ddd9e326f95144bb359b885fc3d3d7609eab1e85d)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
        return typing.cast("ObjectRegistry", jsii.sinvoke(cls, "of", [scope]))

    @jsii.member(jsii_name="useClusterScopedKinds")
    @builtins.classmethod
    def use_cluster_scoped_kinds(cls, kinds: typing.Sequence[builtins.str]) -> None:
        '''Tell every registry which kinds are cluster-scoped (their objects have no namespace: two of them with one name are duplicates in any namespaces).

        The Python package states them, once (``security.CLUSTER_SCOPED_KINDS``).

        :param kinds: the kinds.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__71306a3bee922274635fa27f5085f7a124101f52cc8903c7c2fc4963a122129d)
            check_type(argname="argument kinds", value=kinds, expected_type=type_hints["kinds"])
        return typing.cast(None, jsii.sinvoke(cls, "useClusterScopedKinds", [kinds]))

    @jsii.member(jsii_name="patched")
    def patched(self, obj: "PlainApiObject") -> None:
        '''Records that JSON patches were added to ``obj``.

        :param obj: the patched object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b84e9205fc41385bdc938ac6038798d47bac5a91b711adfd595e5ce2055cb9ce)
            check_type(argname="argument obj", value=obj, expected_type=type_hints["obj"])
        return typing.cast(None, jsii.invoke(self, "patched", [obj]))

    @jsii.member(jsii_name="register")
    def register(self, obj: "PlainApiObject") -> None:
        '''Records one object.

        :param obj: the object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b64a3647b799f1f6fa260e1eda33ff992983667b39ba56335604792e471bf32)
            check_type(argname="argument obj", value=obj, expected_type=type_hints["obj"])
        return typing.cast(None, jsii.invoke(self, "register", [obj]))

    @jsii.member(jsii_name="validate")
    def validate(self) -> typing.List[builtins.str]:
        '''Finds the duplicate objects of the App and gives each a validation of its own that reports it (cdk8s validates the root first, then the constructs below it, naming each one's path);

        reports nothing itself.
        '''
        return typing.cast(typing.List[builtins.str], jsii.invoke(self, "validate", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="ID")
    def ID(cls) -> builtins.str:
        '''The construct id of the registry under the App root.'''
        return typing.cast(builtins.str, jsii.sget(cls, "ID"))

    @builtins.property
    @jsii.member(jsii_name="patchCount")
    def patch_count(self) -> jsii.Number:
        '''The number of times JSON patches were added to objects of the App (it changes with every patch).'''
        return typing.cast(jsii.Number, jsii.get(self, "patchCount"))

    @builtins.property
    @jsii.member(jsii_name="patchedObjects")
    def patched_objects(self) -> typing.List["PlainApiObject"]:
        '''The objects of the App that have JSON patches, in the order they were first patched.'''
        return typing.cast(typing.List["PlainApiObject"], jsii.get(self, "patchedObjects"))

    @builtins.property
    @jsii.member(jsii_name="size")
    def size(self) -> jsii.Number:
        '''The number of objects recorded.'''
        return typing.cast(jsii.Number, jsii.get(self, "size"))


class PlainApiObject(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="modelservice_constructs_objects.PlainApiObject",
):
    '''An API object rendered from its manifest exactly as given.

    Every key of the manifest other than ``apiVersion``, ``kind`` and ``metadata`` is a top-level field of
    the object (``spec``, ``data``, ``rules``...), rendered by ``ApiObject.toJson`` with no typed re-filtering,
    so JSON patches apply exactly as written. The fields are checked before they are passed here (the
    objects are made by ``ConstructBatch``, whose specs cross the jsii boundary as one JSON text, far cheaper
    than a deep structure). Each object is recorded in the ``ObjectRegistry`` of its App.
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        manifest: typing.Mapping[builtins.str, typing.Any],
        exact_fields: typing.Optional[typing.Sequence[typing.Any]] = None,
    ) -> None:
        '''
        :param scope: the construct scope.
        :param id: the construct id.
        :param manifest: the whole object: apiVersion, kind, metadata and its other fields.
        :param exact_fields: more top-level fields, a list of ``[name, value]`` pairs, rendered exactly as given (key order and null values kept: they are added as JSON patches, which are not recorded as patches of the object). Default: none.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6e91f1ae2457266858cb56e6ef8c9e7326914d5f089aec13dec3896a8cf8e32a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument manifest", value=manifest, expected_type=type_hints["manifest"])
            check_type(argname="argument exact_fields", value=exact_fields, expected_type=type_hints["exact_fields"])
        jsii.create(self.__class__, self, [scope, id, manifest, exact_fields])

    @jsii.member(jsii_name="addJsonPatch")
    def add_json_patch(self, *ops: "_cdk8s_d3d9af27.JsonPatch") -> None:
        '''Applies RFC-6902 JSON-Patch operations to the rendered object (see ``ApiObject.addJsonPatch``) and records them for the check of patched objects at synth.

        :param ops: The JSON-Patch operations to apply.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__004df820a463de92a5b140f8556adf82b42be180893a4532c21bb32c5c4bbc7c)
            check_type(argname="argument ops", value=ops, expected_type=typing.Tuple[type_hints["ops"], ...]) # pyright: ignore [reportGeneralTypeIssues]
        return typing.cast(None, jsii.invoke(self, "addJsonPatch", [*ops]))

    @builtins.property
    @jsii.member(jsii_name="hasPatches")
    def has_patches(self) -> builtins.bool:
        '''Whether JSON patches were added to this object.'''
        return typing.cast(builtins.bool, jsii.get(self, "hasPatches"))

    @builtins.property
    @jsii.member(jsii_name="patchOperations")
    def patch_operations(self) -> builtins.str:
        '''The JSON patches added to this object, in order, as JSON text: a list of RFC 6902 operations (``{"op": "add", "path": "/spec/replicas", "value": 3}``), whoever added them (Python or JavaScript).'''
        return typing.cast(builtins.str, jsii.get(self, "patchOperations"))


__all__ = [
    "AppSynthesis",
    "AppTree",
    "ConstructBatch",
    "ObjectRegistry",
    "PlainApiObject",
]

publication.publish()

def _typecheckingstub__0b92fb1f9bad9a99e24d4d8c22e11c1393bed9b6373e4e510d533e8a85bc23c2(
    docs: typing.Sequence[typing.Any],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2911ca9ab88dab29fa79a9d6c164d0cbd4d2931dd4ef1e52dab6f0d7c043e07(
    app: _cdk8s_d3d9af27.App,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84de0262f5be63a976e3ef4196a0ae0f260153f989fe7396957b89f13f7e0bb6(
    app: _cdk8s_d3d9af27.App,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__798badbe40147f4268164dbeef4b2b829d5caf68062927322951d9de8aa76f25(
    doc: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9460eab756e5ffe7329cbcdb6d0dea335ff12565578cd7eacc2cbc4bdbe8be1c(
    root: _constructs_77d1e7e8.IConstruct,
    constructs: typing.Sequence[_constructs_77d1e7e8.IConstruct],
    objects: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c44e190912d9a73b382e9ac4041070f33f95881911934443ec1b0501191633e(
    scopes: typing.Sequence[_constructs_77d1e7e8.Construct],
    specs: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__450eae5735f7c79d7c26d82ddd9e326f95144bb359b885fc3d3d7609eab1e85d(
    scope: _constructs_77d1e7e8.IConstruct,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71306a3bee922274635fa27f5085f7a124101f52cc8903c7c2fc4963a122129d(
    kinds: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b84e9205fc41385bdc938ac6038798d47bac5a91b711adfd595e5ce2055cb9ce(
    obj: PlainApiObject,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b64a3647b799f1f6fa260e1eda33ff992983667b39ba56335604792e471bf32(
    obj: PlainApiObject,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e91f1ae2457266858cb56e6ef8c9e7326914d5f089aec13dec3896a8cf8e32a(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    manifest: typing.Mapping[builtins.str, typing.Any],
    exact_fields: typing.Optional[typing.Sequence[typing.Any]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__004df820a463de92a5b140f8556adf82b42be180893a4532c21bb32c5c4bbc7c(
    *ops: _cdk8s_d3d9af27.JsonPatch,
) -> None:
    """Type checking stubs"""
    pass
