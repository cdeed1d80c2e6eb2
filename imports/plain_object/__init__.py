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


@jsii.implements(_constructs_77d1e7e8.IValidation)
class CrossCheck(
    metaclass=jsii.JSIIMeta,
    jsii_type="modelservice_constructs_objects.CrossCheck",
):
    '''The validation of one construct that asks its ``ICrossCheck`` again only when the App's signature changed since it last asked: cdk8s validates the whole App once for every Chart it renders, and a check of an unchanged App would find what it found before.'''

    @jsii.member(jsii_name="attach")
    @builtins.classmethod
    def attach(
        cls,
        construct: "_constructs_77d1e7e8.IConstruct",
        check: "ICrossCheck",
    ) -> None:
        '''Adds the validation of ``check`` to ``construct`` (whose path cdk8s prints with each problem).

        :param construct: the construct the problems are about.
        :param check: what finds them.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd3e4208d6cc2c52a5e30fbe66bedf9b67edf484cd5929146aa85ceb950473e8)
            check_type(argname="argument construct", value=construct, expected_type=type_hints["construct"])
            check_type(argname="argument check", value=check, expected_type=type_hints["check"])
        return typing.cast(None, jsii.sinvoke(cls, "attach", [construct, check]))

    @jsii.member(jsii_name="validate")
    def validate(self) -> typing.List[builtins.str]:
        '''The problems of the check (asked again only when the App's signature changed).'''
        return typing.cast(typing.List[builtins.str], jsii.invoke(self, "validate", []))


@jsii.interface(jsii_type="modelservice_constructs_objects.ICrossCheck")
class ICrossCheck(typing_extensions.Protocol):
    '''A construct's check of what it relies on in the rest of its App (implemented in Python by the constructs of the package).'''

    @jsii.member(jsii_name="crossCheck")
    def cross_check(self, signature: builtins.str) -> typing.List[builtins.str]:
        '''The problems of the construct in its App (empty when all is well).

        :param signature: the App's signature (see ``ObjectRegistry.signature``): the answer may be kept until it changes.
        '''
        ...


class _ICrossCheckProxy:
    '''A construct's check of what it relies on in the rest of its App (implemented in Python by the constructs of the package).'''

    __jsii_type__: typing.ClassVar[str] = "modelservice_constructs_objects.ICrossCheck"

    @jsii.member(jsii_name="crossCheck")
    def cross_check(self, signature: builtins.str) -> typing.List[builtins.str]:
        '''The problems of the construct in its App (empty when all is well).

        :param signature: the App's signature (see ``ObjectRegistry.signature``): the answer may be kept until it changes.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__18160cc224727f52ac821cf40e8c5d05b11a930fe0caad6ba94f84a622705814)
            check_type(argname="argument signature", value=signature, expected_type=type_hints["signature"])
        return typing.cast(typing.List[builtins.str], jsii.invoke(self, "crossCheck", [signature]))

# Adding a "__jsii_proxy_class__(): typing.Type" function to the interface
typing.cast(typing.Any, ICrossCheck).__jsii_proxy_class__ = lambda : _ICrossCheckProxy


@jsii.implements(_constructs_77d1e7e8.IValidation)
class ObjectRegistry(
    _constructs_77d1e7e8.Construct,
    metaclass=jsii.JSIIMeta,
    jsii_type="modelservice_constructs_objects.ObjectRegistry",
):
    '''The objects of one App: a construct under the App root, made by the first ``PlainApiObject``, whose validation (the App root's) fails when two objects share apiVersion, kind, namespace and name.

    The namespace is ``metadata.namespace``, else the Chart's (none for cluster-scoped kinds); a patched
    object is keyed by its patched metadata; an object taken out of the tree is not counted.

    Its validation also takes the App's ``signature`` at the start of each validation of the App (cdk8s validates
    the root first): a text that changes when a construct is added to the tree or taken out of it, or a JSON
    patch is added. cdk8s validates the whole App once for every Chart it renders; the checks of the App
    (``CrossCheck``, and the duplicates here) are done again only when the signature changed, so synthesis stays
    linear.
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
        '''Takes the App's signature, finds the duplicate objects of the App (again only when the signature changed) and gives each a validation of its own that reports it (cdk8s validates the root first, then the constructs below it, naming each one's path);

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
    @jsii.member(jsii_name="signature")
    def signature(self) -> builtins.str:
        '''The App's signature as of the start of the current validation (see the class documentation): a number that grows whenever the constructs of the tree (found in order, by identity) or the count of JSON patches added differ from those of the validation before.'''
        return typing.cast(builtins.str, jsii.get(self, "signature"))

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
    so JSON patches apply exactly as written. The fields are checked before they are passed here; the manifest
    crosses the jsii boundary as one JSON text, far cheaper than a deep structure. Each object is recorded in
    the ``ObjectRegistry`` of its App.
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        manifest: builtins.str,
        exact_fields: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param scope: the construct scope.
        :param id: the construct id.
        :param manifest: the whole object, as JSON text: apiVersion, kind, metadata and its other fields.
        :param exact_fields: more top-level fields, as JSON text of a list of ``[name, value]`` pairs, rendered exactly as given (key order and null values kept: they are added as JSON patches, which are not recorded as patches of the object). Default: none.
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

    @jsii.member(jsii_name="extend")
    def extend(self, pointer: builtins.str, value: builtins.str) -> None:
        '''Adds ``value`` to the object's definition at ``pointer`` (a JSON patch ``add``, applied at synth but not recorded as a patch of the object): what its maker learns after making it, such as one more item of a list.

        :param pointer: the JSON pointer (``/spec/roles/-``).
        :param value: the value, as JSON text.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5974e528fdaf5066211a2b90a864ac28858b9e1ab63c3a707520e3732642fb51)
            check_type(argname="argument pointer", value=pointer, expected_type=type_hints["pointer"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "extend", [pointer, value]))

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


@jsii.implements(ICrossCheck)
class CheckedConstruct(
    _constructs_77d1e7e8.Construct,
    metaclass=jsii.JSIIMeta,
    jsii_type="modelservice_constructs_objects.CheckedConstruct",
):
    '''A construct with a check of what it relies on in the rest of its App: a subclass overrides ``crossCheck``, which the construct's own validation (``CrossCheck``, added by this constructor) asks at synth.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
    ) -> None:
        '''
        :param scope: the construct scope.
        :param id: the construct id.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d55c80055c7405c7158145d9017d6f14545171553c6db11c87e82ac69e0ff6ef)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        jsii.create(self.__class__, self, [scope, id])

    @jsii.member(jsii_name="crossCheck")
    def cross_check(self, _signature: builtins.str) -> typing.List[builtins.str]:
        '''The problems of the construct in its App: none, unless a subclass finds some.

        :param _signature: the App's signature (see ``ObjectRegistry.signature``).
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__93d2ae75bd0ceed19b3fd43d8dba6c2f262d55c7d197e55ed7f8941c57adcbad)
            check_type(argname="argument _signature", value=_signature, expected_type=type_hints["_signature"])
        return typing.cast(typing.List[builtins.str], jsii.invoke(self, "crossCheck", [_signature]))


__all__ = [
    "AppTree",
    "CheckedConstruct",
    "CrossCheck",
    "ICrossCheck",
    "ObjectRegistry",
    "PlainApiObject",
]

publication.publish()

def _typecheckingstub__9460eab756e5ffe7329cbcdb6d0dea335ff12565578cd7eacc2cbc4bdbe8be1c(
    root: _constructs_77d1e7e8.IConstruct,
    constructs: typing.Sequence[_constructs_77d1e7e8.IConstruct],
    objects: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd3e4208d6cc2c52a5e30fbe66bedf9b67edf484cd5929146aa85ceb950473e8(
    construct: _constructs_77d1e7e8.IConstruct,
    check: ICrossCheck,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18160cc224727f52ac821cf40e8c5d05b11a930fe0caad6ba94f84a622705814(
    signature: builtins.str,
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
    manifest: builtins.str,
    exact_fields: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__004df820a463de92a5b140f8556adf82b42be180893a4532c21bb32c5c4bbc7c(
    *ops: _cdk8s_d3d9af27.JsonPatch,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5974e528fdaf5066211a2b90a864ac28858b9e1ab63c3a707520e3732642fb51(
    pointer: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d55c80055c7405c7158145d9017d6f14545171553c6db11c87e82ac69e0ff6ef(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93d2ae75bd0ceed19b3fd43d8dba6c2f262d55c7d197e55ed7f8941c57adcbad(
    _signature: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

for cls in [ICrossCheck]:
    typing.cast(typing.Any, cls).__protocol_attrs__ = typing.cast(typing.Any, cls).__protocol_attrs__ - set(['__jsii_proxy_class__', '__jsii_type__'])
