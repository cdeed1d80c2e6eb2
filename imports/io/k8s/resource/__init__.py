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


class DeviceClass(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iok8sresource.DeviceClass",
):
    '''DeviceClass is a vendor- or admin-provided resource that contains device configuration and selectors.

    It can be referenced in the device requests of a claim to apply these presets. Cluster scoped.

    This is an alpha type and requires enabling the DynamicResourceAllocation feature gate.

    :schema: DeviceClass
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DeviceClassSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "DeviceClass" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Spec defines what can be allocated and how to configure it. This is mutable. Consumers have to be prepared for classes changing at any time, either because they get updated or replaced. Claim allocations are done once based on whatever was set in classes at the time of allocation. Changing the spec automatically increments the metadata.generation number.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fe57e4ddbe82510af1b4a67abef9bfded0aca72f86cc5e99cbd2df8d89f8a0ec)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = DeviceClassProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DeviceClassSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "DeviceClass".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Spec defines what can be allocated and how to configure it. This is mutable. Consumers have to be prepared for classes changing at any time, either because they get updated or replaced. Claim allocations are done once based on whatever was set in classes at the time of allocation. Changing the spec automatically increments the metadata.generation number.
        '''
        props = DeviceClassProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "DeviceClass".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iok8sresource.DeviceClassProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class DeviceClassProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DeviceClassSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''DeviceClass is a vendor- or admin-provided resource that contains device configuration and selectors.

        It can be referenced in the device requests of a claim to apply these presets. Cluster scoped.

        This is an alpha type and requires enabling the DynamicResourceAllocation feature gate.

        :param metadata: 
        :param spec: Spec defines what can be allocated and how to configure it. This is mutable. Consumers have to be prepared for classes changing at any time, either because they get updated or replaced. Claim allocations are done once based on whatever was set in classes at the time of allocation. Changing the spec automatically increments the metadata.generation number.

        :schema: DeviceClass
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = DeviceClassSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2248fa8e31b27095c844c0523ea0cbc768dbe21e00a57917f9f2c9ed32356acc)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: DeviceClass#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["DeviceClassSpec"]:
        '''Spec defines what can be allocated and how to configure it.

        This is mutable. Consumers have to be prepared for classes changing at any time, either because they get updated or replaced. Claim allocations are done once based on whatever was set in classes at the time of allocation.

        Changing the spec automatically increments the metadata.generation number.

        :schema: DeviceClass#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["DeviceClassSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DeviceClassProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.DeviceClassSpec",
    jsii_struct_bases=[],
    name_mapping={
        "config": "config",
        "extended_resource_name": "extendedResourceName",
        "selectors": "selectors",
    },
)
class DeviceClassSpec:
    def __init__(
        self,
        *,
        config: typing.Optional[typing.Sequence[typing.Union["DeviceClassSpecConfig", typing.Dict[builtins.str, typing.Any]]]] = None,
        extended_resource_name: typing.Optional[builtins.str] = None,
        selectors: typing.Optional[typing.Sequence[typing.Union["DeviceClassSpecSelectors", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Spec defines what can be allocated and how to configure it.

        This is mutable. Consumers have to be prepared for classes changing at any time, either because they get updated or replaced. Claim allocations are done once based on whatever was set in classes at the time of allocation.

        Changing the spec automatically increments the metadata.generation number.

        :param config: Config defines configuration parameters that apply to each device that is claimed via this class. Some classses may potentially be satisfied by multiple drivers, so each instance of a vendor configuration applies to exactly one driver. They are passed to the driver, but are not considered while allocating the claim.
        :param extended_resource_name: ExtendedResourceName is the extended resource name for the devices of this class. The devices of this class can be used to satisfy a pod's extended resource requests. It has the same format as the name of a pod's extended resource. It should be unique among all the device classes in a cluster. If two device classes have the same name, then the class created later is picked to satisfy a pod's extended resource requests. If two classes are created at the same time, then the name of the class lexicographically sorted first is picked. This is an alpha field.
        :param selectors: Each selector must be satisfied by a device which is claimed via this class.

        :schema: DeviceClassSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3f5001622698658fb3f408ff555b0f1952995683a4fcd5f06b06d8c5387529fd)
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument extended_resource_name", value=extended_resource_name, expected_type=type_hints["extended_resource_name"])
            check_type(argname="argument selectors", value=selectors, expected_type=type_hints["selectors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config is not None:
            self._values["config"] = config
        if extended_resource_name is not None:
            self._values["extended_resource_name"] = extended_resource_name
        if selectors is not None:
            self._values["selectors"] = selectors

    @builtins.property
    def config(self) -> typing.Optional[typing.List["DeviceClassSpecConfig"]]:
        '''Config defines configuration parameters that apply to each device that is claimed via this class.

        Some classses may potentially be satisfied by multiple drivers, so each instance of a vendor configuration applies to exactly one driver.

        They are passed to the driver, but are not considered while allocating the claim.

        :schema: DeviceClassSpec#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional[typing.List["DeviceClassSpecConfig"]], result)

    @builtins.property
    def extended_resource_name(self) -> typing.Optional[builtins.str]:
        '''ExtendedResourceName is the extended resource name for the devices of this class.

        The devices of this class can be used to satisfy a pod's extended resource requests. It has the same format as the name of a pod's extended resource. It should be unique among all the device classes in a cluster. If two device classes have the same name, then the class created later is picked to satisfy a pod's extended resource requests. If two classes are created at the same time, then the name of the class lexicographically sorted first is picked.

        This is an alpha field.

        :schema: DeviceClassSpec#extendedResourceName
        '''
        result = self._values.get("extended_resource_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def selectors(self) -> typing.Optional[typing.List["DeviceClassSpecSelectors"]]:
        '''Each selector must be satisfied by a device which is claimed via this class.

        :schema: DeviceClassSpec#selectors
        '''
        result = self._values.get("selectors")
        return typing.cast(typing.Optional[typing.List["DeviceClassSpecSelectors"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DeviceClassSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.DeviceClassSpecConfig",
    jsii_struct_bases=[],
    name_mapping={"opaque": "opaque"},
)
class DeviceClassSpecConfig:
    def __init__(
        self,
        *,
        opaque: typing.Optional[typing.Union["DeviceClassSpecConfigOpaque", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''DeviceClassConfiguration is used in DeviceClass.

        :param opaque: Opaque provides driver-specific configuration parameters.

        :schema: DeviceClassSpecConfig
        '''
        if isinstance(opaque, dict):
            opaque = DeviceClassSpecConfigOpaque(**opaque)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e696db31aedfc4047f5293fe99c8b4ab8d548ecbb991826329ecdab8f915fc61)
            check_type(argname="argument opaque", value=opaque, expected_type=type_hints["opaque"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if opaque is not None:
            self._values["opaque"] = opaque

    @builtins.property
    def opaque(self) -> typing.Optional["DeviceClassSpecConfigOpaque"]:
        '''Opaque provides driver-specific configuration parameters.

        :schema: DeviceClassSpecConfig#opaque
        '''
        result = self._values.get("opaque")
        return typing.cast(typing.Optional["DeviceClassSpecConfigOpaque"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DeviceClassSpecConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.DeviceClassSpecConfigOpaque",
    jsii_struct_bases=[],
    name_mapping={"driver": "driver", "parameters": "parameters"},
)
class DeviceClassSpecConfigOpaque:
    def __init__(self, *, driver: builtins.str, parameters: typing.Any) -> None:
        '''Opaque provides driver-specific configuration parameters.

        :param driver: Driver is used to determine which kubelet plugin needs to be passed these configuration parameters. An admission policy provided by the driver developer could use this to decide whether it needs to validate them. Must be a DNS subdomain and should end with a DNS domain owned by the vendor of the driver.
        :param parameters: Parameters can contain arbitrary data. It is the responsibility of the driver developer to handle validation and versioning. Typically this includes self-identification and a version ("kind" + "apiVersion" for Kubernetes types), with conversion between different versions. The length of the raw data must be smaller or equal to 10 Ki.

        :schema: DeviceClassSpecConfigOpaque
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09802a2c3334bb819762623f16e4dca2e27692018986fb7efaa16f4cb3aa54e4)
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "driver": driver,
            "parameters": parameters,
        }

    @builtins.property
    def driver(self) -> builtins.str:
        '''Driver is used to determine which kubelet plugin needs to be passed these configuration parameters.

        An admission policy provided by the driver developer could use this to decide whether it needs to validate them.

        Must be a DNS subdomain and should end with a DNS domain owned by the vendor of the driver.

        :schema: DeviceClassSpecConfigOpaque#driver
        '''
        result = self._values.get("driver")
        assert result is not None, "Required property 'driver' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def parameters(self) -> typing.Any:
        '''Parameters can contain arbitrary data.

        It is the responsibility of the driver developer to handle validation and versioning. Typically this includes self-identification and a version ("kind" + "apiVersion" for Kubernetes types), with conversion between different versions.

        The length of the raw data must be smaller or equal to 10 Ki.

        :schema: DeviceClassSpecConfigOpaque#parameters
        '''
        result = self._values.get("parameters")
        assert result is not None, "Required property 'parameters' is missing"
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DeviceClassSpecConfigOpaque(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.DeviceClassSpecSelectors",
    jsii_struct_bases=[],
    name_mapping={"cel": "cel"},
)
class DeviceClassSpecSelectors:
    def __init__(
        self,
        *,
        cel: typing.Optional[typing.Union["DeviceClassSpecSelectorsCel", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''DeviceSelector must have exactly one field set.

        :param cel: CEL contains a CEL expression for selecting a device.

        :schema: DeviceClassSpecSelectors
        '''
        if isinstance(cel, dict):
            cel = DeviceClassSpecSelectorsCel(**cel)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b5f3c25e0ea2693824bfe1e0b178a9b12a3c1fed963eff0e5d14d34dbb37ecd9)
            check_type(argname="argument cel", value=cel, expected_type=type_hints["cel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cel is not None:
            self._values["cel"] = cel

    @builtins.property
    def cel(self) -> typing.Optional["DeviceClassSpecSelectorsCel"]:
        '''CEL contains a CEL expression for selecting a device.

        :schema: DeviceClassSpecSelectors#cel
        '''
        result = self._values.get("cel")
        return typing.cast(typing.Optional["DeviceClassSpecSelectorsCel"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DeviceClassSpecSelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.DeviceClassSpecSelectorsCel",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression"},
)
class DeviceClassSpecSelectorsCel:
    def __init__(self, *, expression: builtins.str) -> None:
        '''CEL contains a CEL expression for selecting a device.

        :param expression: Expression is a CEL expression which evaluates a single device. It must evaluate to true when the device under consideration satisfies the desired criteria, and false when it does not. Any other result is an error and causes allocation of devices to abort. The expression's input is an object named "device", which carries the following properties: - driver (string): the name of the driver which defines this device. - attributes (map[string]object): the device's attributes, grouped by prefix (e.g. device.attributes["dra.example.com"] evaluates to an object with all of the attributes which were prefixed by "dra.example.com". - capacity (map[string]object): the device's capacities, grouped by prefix. - allowMultipleAllocations (bool): the allowMultipleAllocations property of the device (v1.34+ with the DRAConsumableCapacity feature enabled). Example: Consider a device with driver="dra.example.com", which exposes two attributes named "model" and "ext.example.com/family" and which exposes one capacity named "modules". This input to this expression would have the following fields: device.driver device.attributes["dra.example.com"].model device.attributes["ext.example.com"].family device.capacity["dra.example.com"].modules The device.driver field can be used to check for a specific driver, either as a high-level precondition (i.e. you only want to consider devices from this driver) or as part of a multi-clause expression that is meant to consider devices from different drivers. The value type of each attribute is defined by the device definition, and users who write these expressions must consult the documentation for their specific drivers. The value type of each capacity is Quantity. If an unknown prefix is used as a lookup in either device.attributes or device.capacity, an empty map will be returned. Any reference to an unknown field will cause an evaluation error and allocation to abort. A robust expression should check for the existence of attributes before referencing them. For ease of use, the cel.bind() function is enabled, and can be used to simplify expressions that access multiple attributes with the same domain. For example: cel.bind(dra, device.attributes["dra.example.com"], dra.someBool && dra.anotherBool) The length of the expression must be smaller or equal to 10 Ki. The cost of evaluating it is also limited based on the estimated number of logical steps.

        :schema: DeviceClassSpecSelectorsCel
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__115dc058f6a226074b1bb8bfa6b0d01a34615114d378075abff98de67fbece94)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''Expression is a CEL expression which evaluates a single device.

        It must evaluate to true when the device under consideration satisfies the desired criteria, and false when it does not. Any other result is an error and causes allocation of devices to abort.

        The expression's input is an object named "device", which carries the following properties:

        - driver (string): the name of the driver which defines this device.
        - attributes (map[string]object): the device's attributes, grouped by prefix
          (e.g. device.attributes["dra.example.com"] evaluates to an object with all
          of the attributes which were prefixed by "dra.example.com".
        - capacity (map[string]object): the device's capacities, grouped by prefix.
        - allowMultipleAllocations (bool): the allowMultipleAllocations property of the device
          (v1.34+ with the DRAConsumableCapacity feature enabled).

        Example: Consider a device with driver="dra.example.com", which exposes two attributes named "model" and "ext.example.com/family" and which exposes one capacity named "modules". This input to this expression would have the following fields:

        device.driver
        device.attributes["dra.example.com"].model
        device.attributes["ext.example.com"].family
        device.capacity["dra.example.com"].modules

        The device.driver field can be used to check for a specific driver, either as a high-level precondition (i.e. you only want to consider devices from this driver) or as part of a multi-clause expression that is meant to consider devices from different drivers.

        The value type of each attribute is defined by the device definition, and users who write these expressions must consult the documentation for their specific drivers. The value type of each capacity is Quantity.

        If an unknown prefix is used as a lookup in either device.attributes or device.capacity, an empty map will be returned. Any reference to an unknown field will cause an evaluation error and allocation to abort.

        A robust expression should check for the existence of attributes before referencing them.

        For ease of use, the cel.bind() function is enabled, and can be used to simplify expressions that access multiple attributes with the same domain. For example:

        cel.bind(dra, device.attributes["dra.example.com"], dra.someBool && dra.anotherBool)

        The length of the expression must be smaller or equal to 10 Ki. The cost of evaluating it is also limited based on the estimated number of logical steps.

        :schema: DeviceClassSpecSelectorsCel#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DeviceClassSpecSelectorsCel(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ResourceClaim(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iok8sresource.ResourceClaim",
):
    '''ResourceClaim describes a request for access to resources in the cluster, for use by workloads.

    For example, if a workload needs an accelerator device with specific properties, this is how that request is expressed. The status stanza tracks whether this claim has been satisfied and what specific resources have been allocated.

    This is an alpha type and requires enabling the DynamicResourceAllocation feature gate.

    :schema: ResourceClaim
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ResourceClaimSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ResourceClaim" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Spec describes what is being requested and how to configure it. The spec is immutable.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__76dbd28f9f45f00a82eb2fb803e09bbc6ade44af41ed23a75b01ffa5bfb1b522)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ResourceClaimProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ResourceClaimSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ResourceClaim".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Spec describes what is being requested and how to configure it. The spec is immutable.
        '''
        props = ResourceClaimProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ResourceClaim".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ResourceClaimProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ResourceClaimSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ResourceClaim describes a request for access to resources in the cluster, for use by workloads.

        For example, if a workload needs an accelerator device with specific properties, this is how that request is expressed. The status stanza tracks whether this claim has been satisfied and what specific resources have been allocated.

        This is an alpha type and requires enabling the DynamicResourceAllocation feature gate.

        :param metadata: 
        :param spec: Spec describes what is being requested and how to configure it. The spec is immutable.

        :schema: ResourceClaim
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ResourceClaimSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__37ed85ea1590fa8f8f1d327d6c0672ae95f6db4133b267823dc19faaa8b44d07)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ResourceClaim#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ResourceClaimSpec"]:
        '''Spec describes what is being requested and how to configure it.

        The spec is immutable.

        :schema: ResourceClaim#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ResourceClaimSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpec",
    jsii_struct_bases=[],
    name_mapping={"devices": "devices"},
)
class ResourceClaimSpec:
    def __init__(
        self,
        *,
        devices: typing.Optional[typing.Union["ResourceClaimSpecDevices", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Spec describes what is being requested and how to configure it.

        The spec is immutable.

        :param devices: Devices defines how to request devices.

        :schema: ResourceClaimSpec
        '''
        if isinstance(devices, dict):
            devices = ResourceClaimSpecDevices(**devices)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3fa20de5f949cda76294f1cec7e4d3d92bc9152c6b95b6440c27d9e393803475)
            check_type(argname="argument devices", value=devices, expected_type=type_hints["devices"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if devices is not None:
            self._values["devices"] = devices

    @builtins.property
    def devices(self) -> typing.Optional["ResourceClaimSpecDevices"]:
        '''Devices defines how to request devices.

        :schema: ResourceClaimSpec#devices
        '''
        result = self._values.get("devices")
        return typing.cast(typing.Optional["ResourceClaimSpecDevices"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevices",
    jsii_struct_bases=[],
    name_mapping={
        "config": "config",
        "constraints": "constraints",
        "requests": "requests",
    },
)
class ResourceClaimSpecDevices:
    def __init__(
        self,
        *,
        config: typing.Optional[typing.Sequence[typing.Union["ResourceClaimSpecDevicesConfig", typing.Dict[builtins.str, typing.Any]]]] = None,
        constraints: typing.Optional[typing.Sequence[typing.Union["ResourceClaimSpecDevicesConstraints", typing.Dict[builtins.str, typing.Any]]]] = None,
        requests: typing.Optional[typing.Sequence[typing.Union["ResourceClaimSpecDevicesRequests", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Devices defines how to request devices.

        :param config: This field holds configuration for multiple potential drivers which could satisfy requests in this claim. It is ignored while allocating the claim.
        :param constraints: These constraints must be satisfied by the set of devices that get allocated for the claim.
        :param requests: Requests represent individual requests for distinct devices which must all be satisfied. If empty, nothing needs to be allocated.

        :schema: ResourceClaimSpecDevices
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1395c40217b1865d2242fc7bf486222b2ad40fabeae234ed0e2d29d42b0d6b33)
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument constraints", value=constraints, expected_type=type_hints["constraints"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config is not None:
            self._values["config"] = config
        if constraints is not None:
            self._values["constraints"] = constraints
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def config(self) -> typing.Optional[typing.List["ResourceClaimSpecDevicesConfig"]]:
        '''This field holds configuration for multiple potential drivers which could satisfy requests in this claim.

        It is ignored while allocating the claim.

        :schema: ResourceClaimSpecDevices#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional[typing.List["ResourceClaimSpecDevicesConfig"]], result)

    @builtins.property
    def constraints(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimSpecDevicesConstraints"]]:
        '''These constraints must be satisfied by the set of devices that get allocated for the claim.

        :schema: ResourceClaimSpecDevices#constraints
        '''
        result = self._values.get("constraints")
        return typing.cast(typing.Optional[typing.List["ResourceClaimSpecDevicesConstraints"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimSpecDevicesRequests"]]:
        '''Requests represent individual requests for distinct devices which must all be satisfied.

        If empty, nothing needs to be allocated.

        :schema: ResourceClaimSpecDevices#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.List["ResourceClaimSpecDevicesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevicesConfig",
    jsii_struct_bases=[],
    name_mapping={"opaque": "opaque", "requests": "requests"},
)
class ResourceClaimSpecDevicesConfig:
    def __init__(
        self,
        *,
        opaque: typing.Optional[typing.Union["ResourceClaimSpecDevicesConfigOpaque", typing.Dict[builtins.str, typing.Any]]] = None,
        requests: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''DeviceClaimConfiguration is used for configuration parameters in DeviceClaim.

        :param opaque: Opaque provides driver-specific configuration parameters.
        :param requests: Requests lists the names of requests where the configuration applies. If empty, it applies to all requests. References to subrequests must include the name of the main request and may include the subrequest using the format [/]. If just the main request is given, the configuration applies to all subrequests.

        :schema: ResourceClaimSpecDevicesConfig
        '''
        if isinstance(opaque, dict):
            opaque = ResourceClaimSpecDevicesConfigOpaque(**opaque)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__80c0461d63986b2628ec8a6256f1652370db1b11a61968256cf35b35e03f01dc)
            check_type(argname="argument opaque", value=opaque, expected_type=type_hints["opaque"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if opaque is not None:
            self._values["opaque"] = opaque
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def opaque(self) -> typing.Optional["ResourceClaimSpecDevicesConfigOpaque"]:
        '''Opaque provides driver-specific configuration parameters.

        :schema: ResourceClaimSpecDevicesConfig#opaque
        '''
        result = self._values.get("opaque")
        return typing.cast(typing.Optional["ResourceClaimSpecDevicesConfigOpaque"], result)

    @builtins.property
    def requests(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Requests lists the names of requests where the configuration applies. If empty, it applies to all requests.

        References to subrequests must include the name of the main request and may include the subrequest using the format [/]. If just the main request is given, the configuration applies to all subrequests.

        :schema: ResourceClaimSpecDevicesConfig#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevicesConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevicesConfigOpaque",
    jsii_struct_bases=[],
    name_mapping={"driver": "driver", "parameters": "parameters"},
)
class ResourceClaimSpecDevicesConfigOpaque:
    def __init__(self, *, driver: builtins.str, parameters: typing.Any) -> None:
        '''Opaque provides driver-specific configuration parameters.

        :param driver: Driver is used to determine which kubelet plugin needs to be passed these configuration parameters. An admission policy provided by the driver developer could use this to decide whether it needs to validate them. Must be a DNS subdomain and should end with a DNS domain owned by the vendor of the driver.
        :param parameters: Parameters can contain arbitrary data. It is the responsibility of the driver developer to handle validation and versioning. Typically this includes self-identification and a version ("kind" + "apiVersion" for Kubernetes types), with conversion between different versions. The length of the raw data must be smaller or equal to 10 Ki.

        :schema: ResourceClaimSpecDevicesConfigOpaque
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45e0174f7cadf3c67a0aacc71480b6c6252d8834e7d866daee56272f8ebc770f)
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "driver": driver,
            "parameters": parameters,
        }

    @builtins.property
    def driver(self) -> builtins.str:
        '''Driver is used to determine which kubelet plugin needs to be passed these configuration parameters.

        An admission policy provided by the driver developer could use this to decide whether it needs to validate them.

        Must be a DNS subdomain and should end with a DNS domain owned by the vendor of the driver.

        :schema: ResourceClaimSpecDevicesConfigOpaque#driver
        '''
        result = self._values.get("driver")
        assert result is not None, "Required property 'driver' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def parameters(self) -> typing.Any:
        '''Parameters can contain arbitrary data.

        It is the responsibility of the driver developer to handle validation and versioning. Typically this includes self-identification and a version ("kind" + "apiVersion" for Kubernetes types), with conversion between different versions.

        The length of the raw data must be smaller or equal to 10 Ki.

        :schema: ResourceClaimSpecDevicesConfigOpaque#parameters
        '''
        result = self._values.get("parameters")
        assert result is not None, "Required property 'parameters' is missing"
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevicesConfigOpaque(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevicesConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "distinct_attribute": "distinctAttribute",
        "match_attribute": "matchAttribute",
        "requests": "requests",
    },
)
class ResourceClaimSpecDevicesConstraints:
    def __init__(
        self,
        *,
        distinct_attribute: typing.Optional[builtins.str] = None,
        match_attribute: typing.Optional[builtins.str] = None,
        requests: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''DeviceConstraint must have exactly one field set besides Requests.

        :param distinct_attribute: DistinctAttribute requires that all devices in question have this attribute and that its type and value are unique across those devices. This acts as the inverse of MatchAttribute. This constraint is used to avoid allocating multiple requests to the same device by ensuring attribute-level differentiation. This is useful for scenarios where resource requests must be fulfilled by separate physical devices. For example, a container requests two network interfaces that must be allocated from two different physical NICs.
        :param match_attribute: MatchAttribute requires that all devices in question have this attribute and that its type and value are the same across those devices. For example, if you specified "dra.example.com/numa" (a hypothetical example!), then only devices in the same NUMA node will be chosen. A device which does not have that attribute will not be chosen. All devices should use a value of the same type for this attribute because that is part of its specification, but if one device doesn't, then it also will not be chosen. Must include the domain qualifier.
        :param requests: Requests is a list of the one or more requests in this claim which must co-satisfy this constraint. If a request is fulfilled by multiple devices, then all of the devices must satisfy the constraint. If this is not specified, this constraint applies to all requests in this claim. References to subrequests must include the name of the main request and may include the subrequest using the format [/]. If just the main request is given, the constraint applies to all subrequests.

        :schema: ResourceClaimSpecDevicesConstraints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8db0520cedd493e1e97bdacec31afc66fb8d64fa90d89a5789d6c1ab9242ce48)
            check_type(argname="argument distinct_attribute", value=distinct_attribute, expected_type=type_hints["distinct_attribute"])
            check_type(argname="argument match_attribute", value=match_attribute, expected_type=type_hints["match_attribute"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distinct_attribute is not None:
            self._values["distinct_attribute"] = distinct_attribute
        if match_attribute is not None:
            self._values["match_attribute"] = match_attribute
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def distinct_attribute(self) -> typing.Optional[builtins.str]:
        '''DistinctAttribute requires that all devices in question have this attribute and that its type and value are unique across those devices.

        This acts as the inverse of MatchAttribute.

        This constraint is used to avoid allocating multiple requests to the same device by ensuring attribute-level differentiation.

        This is useful for scenarios where resource requests must be fulfilled by separate physical devices. For example, a container requests two network interfaces that must be allocated from two different physical NICs.

        :schema: ResourceClaimSpecDevicesConstraints#distinctAttribute
        '''
        result = self._values.get("distinct_attribute")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def match_attribute(self) -> typing.Optional[builtins.str]:
        '''MatchAttribute requires that all devices in question have this attribute and that its type and value are the same across those devices.

        For example, if you specified "dra.example.com/numa" (a hypothetical example!), then only devices in the same NUMA node will be chosen. A device which does not have that attribute will not be chosen. All devices should use a value of the same type for this attribute because that is part of its specification, but if one device doesn't, then it also will not be chosen.

        Must include the domain qualifier.

        :schema: ResourceClaimSpecDevicesConstraints#matchAttribute
        '''
        result = self._values.get("match_attribute")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def requests(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Requests is a list of the one or more requests in this claim which must co-satisfy this constraint.

        If a request is fulfilled by multiple devices, then all of the devices must satisfy the constraint. If this is not specified, this constraint applies to all requests in this claim.

        References to subrequests must include the name of the main request and may include the subrequest using the format [/]. If just the main request is given, the constraint applies to all subrequests.

        :schema: ResourceClaimSpecDevicesConstraints#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevicesConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevicesRequests",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "exactly": "exactly",
        "first_available": "firstAvailable",
    },
)
class ResourceClaimSpecDevicesRequests:
    def __init__(
        self,
        *,
        name: builtins.str,
        exactly: typing.Optional[typing.Union["ResourceClaimSpecDevicesRequestsExactly", typing.Dict[builtins.str, typing.Any]]] = None,
        first_available: typing.Optional[typing.Sequence[typing.Union["ResourceClaimSpecDevicesRequestsFirstAvailable", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''DeviceRequest is a request for devices required for a claim.

        This is typically a request for a single resource like a device, but can also ask for several identical devices. With FirstAvailable it is also possible to provide a prioritized list of requests.

        :param name: Name can be used to reference this request in a pod.spec.containers[].resources.claims entry and in a constraint of the claim. References using the name in the DeviceRequest will uniquely identify a request when the Exactly field is set. When the FirstAvailable field is set, a reference to the name of the DeviceRequest will match whatever subrequest is chosen by the scheduler. Must be a DNS label.
        :param exactly: Exactly specifies the details for a single request that must be met exactly for the request to be satisfied. One of Exactly or FirstAvailable must be set.
        :param first_available: FirstAvailable contains subrequests, of which exactly one will be selected by the scheduler. It tries to satisfy them in the order in which they are listed here. So if there are two entries in the list, the scheduler will only check the second one if it determines that the first one can not be used. DRA does not yet implement scoring, so the scheduler will select the first set of devices that satisfies all the requests in the claim. And if the requirements can be satisfied on more than one node, other scheduling features will determine which node is chosen. This means that the set of devices allocated to a claim might not be the optimal set available to the cluster. Scoring will be implemented later.

        :schema: ResourceClaimSpecDevicesRequests
        '''
        if isinstance(exactly, dict):
            exactly = ResourceClaimSpecDevicesRequestsExactly(**exactly)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de4e400de3e84d5725df402ce215ef166c9a850319741da534285311a28bcb7d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument exactly", value=exactly, expected_type=type_hints["exactly"])
            check_type(argname="argument first_available", value=first_available, expected_type=type_hints["first_available"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if exactly is not None:
            self._values["exactly"] = exactly
        if first_available is not None:
            self._values["first_available"] = first_available

    @builtins.property
    def name(self) -> builtins.str:
        '''Name can be used to reference this request in a pod.spec.containers[].resources.claims entry and in a constraint of the claim.

        References using the name in the DeviceRequest will uniquely identify a request when the Exactly field is set. When the FirstAvailable field is set, a reference to the name of the DeviceRequest will match whatever subrequest is chosen by the scheduler.

        Must be a DNS label.

        :schema: ResourceClaimSpecDevicesRequests#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def exactly(self) -> typing.Optional["ResourceClaimSpecDevicesRequestsExactly"]:
        '''Exactly specifies the details for a single request that must be met exactly for the request to be satisfied.

        One of Exactly or FirstAvailable must be set.

        :schema: ResourceClaimSpecDevicesRequests#exactly
        '''
        result = self._values.get("exactly")
        return typing.cast(typing.Optional["ResourceClaimSpecDevicesRequestsExactly"], result)

    @builtins.property
    def first_available(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimSpecDevicesRequestsFirstAvailable"]]:
        '''FirstAvailable contains subrequests, of which exactly one will be selected by the scheduler.

        It tries to satisfy them in the order in which they are listed here. So if there are two entries in the list, the scheduler will only check the second one if it determines that the first one can not be used.

        DRA does not yet implement scoring, so the scheduler will select the first set of devices that satisfies all the requests in the claim. And if the requirements can be satisfied on more than one node, other scheduling features will determine which node is chosen. This means that the set of devices allocated to a claim might not be the optimal set available to the cluster. Scoring will be implemented later.

        :schema: ResourceClaimSpecDevicesRequests#firstAvailable
        '''
        result = self._values.get("first_available")
        return typing.cast(typing.Optional[typing.List["ResourceClaimSpecDevicesRequestsFirstAvailable"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevicesRequests(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevicesRequestsExactly",
    jsii_struct_bases=[],
    name_mapping={
        "device_class_name": "deviceClassName",
        "admin_access": "adminAccess",
        "allocation_mode": "allocationMode",
        "capacity": "capacity",
        "count": "count",
        "selectors": "selectors",
        "tolerations": "tolerations",
    },
)
class ResourceClaimSpecDevicesRequestsExactly:
    def __init__(
        self,
        *,
        device_class_name: builtins.str,
        admin_access: typing.Optional[builtins.bool] = None,
        allocation_mode: typing.Optional[builtins.str] = None,
        capacity: typing.Optional[typing.Union["ResourceClaimSpecDevicesRequestsExactlyCapacity", typing.Dict[builtins.str, typing.Any]]] = None,
        count: typing.Optional[jsii.Number] = None,
        selectors: typing.Optional[typing.Sequence[typing.Union["ResourceClaimSpecDevicesRequestsExactlySelectors", typing.Dict[builtins.str, typing.Any]]]] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["ResourceClaimSpecDevicesRequestsExactlyTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Exactly specifies the details for a single request that must be met exactly for the request to be satisfied.

        One of Exactly or FirstAvailable must be set.

        :param device_class_name: DeviceClassName references a specific DeviceClass, which can define additional configuration and selectors to be inherited by this request. A DeviceClassName is required. Administrators may use this to restrict which devices may get requested by only installing classes with selectors for permitted devices. If users are free to request anything without restrictions, then administrators can create an empty DeviceClass for users to reference.
        :param admin_access: AdminAccess indicates that this is a claim for administrative access to the device(s). Claims with AdminAccess are expected to be used for monitoring or other management services for a device. They ignore all ordinary claims to the device with respect to access modes and any resource allocations. This is an alpha field and requires enabling the DRAAdminAccess feature gate. Admin access is disabled if this field is unset or set to false, otherwise it is enabled.
        :param allocation_mode: AllocationMode and its related fields define how devices are allocated to satisfy this request. Supported values are:. - ExactCount: This request is for a specific number of devices. This is the default. The exact number is provided in the count field. - All: This request is for all of the matching devices in a pool. At least one device must exist on the node for the allocation to succeed. Allocation will fail if some devices are already allocated, unless adminAccess is requested. If AllocationMode is not specified, the default mode is ExactCount. If the mode is ExactCount and count is not specified, the default count is one. Any other requests must specify this field. More modes may get added in the future. Clients must refuse to handle requests with unknown modes.
        :param capacity: Capacity define resource requirements against each capacity. If this field is unset and the device supports multiple allocations, the default value will be applied to each capacity according to requestPolicy. For the capacity that has no requestPolicy, default is the full capacity value. Applies to each device allocation. If Count > 1, the request fails if there aren't enough devices that meet the requirements. If AllocationMode is set to All, the request fails if there are devices that otherwise match the request, and have this capacity, with a value >= the requested amount, but which cannot be allocated to this request.
        :param count: Count is used only when the count mode is "ExactCount". Must be greater than zero. If AllocationMode is ExactCount and this field is not specified, the default is one.
        :param selectors: Selectors define criteria which must be satisfied by a specific device in order for that device to be considered for this request. All selectors must be satisfied for a device to be considered.
        :param tolerations: If specified, the request's tolerations. Tolerations for NoSchedule are required to allocate a device which has a taint with that effect. The same applies to NoExecute. In addition, should any of the allocated devices get tainted with NoExecute after allocation and that effect is not tolerated, then all pods consuming the ResourceClaim get deleted to evict them. The scheduler will not let new pods reserve the claim while it has these tainted devices. Once all pods are evicted, the claim will get deallocated. The maximum number of tolerations is 16. This is an alpha field and requires enabling the DRADeviceTaints feature gate.

        :schema: ResourceClaimSpecDevicesRequestsExactly
        '''
        if isinstance(capacity, dict):
            capacity = ResourceClaimSpecDevicesRequestsExactlyCapacity(**capacity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1fa562eeb3fbd6ba31238286462b3f195e0b1d976200407bf16fe887aba64e6d)
            check_type(argname="argument device_class_name", value=device_class_name, expected_type=type_hints["device_class_name"])
            check_type(argname="argument admin_access", value=admin_access, expected_type=type_hints["admin_access"])
            check_type(argname="argument allocation_mode", value=allocation_mode, expected_type=type_hints["allocation_mode"])
            check_type(argname="argument capacity", value=capacity, expected_type=type_hints["capacity"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument selectors", value=selectors, expected_type=type_hints["selectors"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "device_class_name": device_class_name,
        }
        if admin_access is not None:
            self._values["admin_access"] = admin_access
        if allocation_mode is not None:
            self._values["allocation_mode"] = allocation_mode
        if capacity is not None:
            self._values["capacity"] = capacity
        if count is not None:
            self._values["count"] = count
        if selectors is not None:
            self._values["selectors"] = selectors
        if tolerations is not None:
            self._values["tolerations"] = tolerations

    @builtins.property
    def device_class_name(self) -> builtins.str:
        '''DeviceClassName references a specific DeviceClass, which can define additional configuration and selectors to be inherited by this request.

        A DeviceClassName is required.

        Administrators may use this to restrict which devices may get requested by only installing classes with selectors for permitted devices. If users are free to request anything without restrictions, then administrators can create an empty DeviceClass for users to reference.

        :schema: ResourceClaimSpecDevicesRequestsExactly#deviceClassName
        '''
        result = self._values.get("device_class_name")
        assert result is not None, "Required property 'device_class_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def admin_access(self) -> typing.Optional[builtins.bool]:
        '''AdminAccess indicates that this is a claim for administrative access to the device(s).

        Claims with AdminAccess are expected to be used for monitoring or other management services for a device.  They ignore all ordinary claims to the device with respect to access modes and any resource allocations.

        This is an alpha field and requires enabling the DRAAdminAccess feature gate. Admin access is disabled if this field is unset or set to false, otherwise it is enabled.

        :schema: ResourceClaimSpecDevicesRequestsExactly#adminAccess
        '''
        result = self._values.get("admin_access")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allocation_mode(self) -> typing.Optional[builtins.str]:
        '''AllocationMode and its related fields define how devices are allocated to satisfy this request. Supported values are:.

        - ExactCount: This request is for a specific number of devices.
          This is the default. The exact number is provided in the
          count field.
        - All: This request is for all of the matching devices in a pool.
          At least one device must exist on the node for the allocation to succeed.
          Allocation will fail if some devices are already allocated,
          unless adminAccess is requested.

        If AllocationMode is not specified, the default mode is ExactCount. If the mode is ExactCount and count is not specified, the default count is one. Any other requests must specify this field.

        More modes may get added in the future. Clients must refuse to handle requests with unknown modes.

        :schema: ResourceClaimSpecDevicesRequestsExactly#allocationMode
        '''
        result = self._values.get("allocation_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def capacity(
        self,
    ) -> typing.Optional["ResourceClaimSpecDevicesRequestsExactlyCapacity"]:
        '''Capacity define resource requirements against each capacity.

        If this field is unset and the device supports multiple allocations, the default value will be applied to each capacity according to requestPolicy. For the capacity that has no requestPolicy, default is the full capacity value.

        Applies to each device allocation. If Count > 1, the request fails if there aren't enough devices that meet the requirements. If AllocationMode is set to All, the request fails if there are devices that otherwise match the request, and have this capacity, with a value >= the requested amount, but which cannot be allocated to this request.

        :schema: ResourceClaimSpecDevicesRequestsExactly#capacity
        '''
        result = self._values.get("capacity")
        return typing.cast(typing.Optional["ResourceClaimSpecDevicesRequestsExactlyCapacity"], result)

    @builtins.property
    def count(self) -> typing.Optional[jsii.Number]:
        '''Count is used only when the count mode is "ExactCount".

        Must be greater than zero. If AllocationMode is ExactCount and this field is not specified, the default is one.

        :schema: ResourceClaimSpecDevicesRequestsExactly#count
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def selectors(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimSpecDevicesRequestsExactlySelectors"]]:
        '''Selectors define criteria which must be satisfied by a specific device in order for that device to be considered for this request.

        All selectors must be satisfied for a device to be considered.

        :schema: ResourceClaimSpecDevicesRequestsExactly#selectors
        '''
        result = self._values.get("selectors")
        return typing.cast(typing.Optional[typing.List["ResourceClaimSpecDevicesRequestsExactlySelectors"]], result)

    @builtins.property
    def tolerations(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimSpecDevicesRequestsExactlyTolerations"]]:
        '''If specified, the request's tolerations.

        Tolerations for NoSchedule are required to allocate a device which has a taint with that effect. The same applies to NoExecute.

        In addition, should any of the allocated devices get tainted with NoExecute after allocation and that effect is not tolerated, then all pods consuming the ResourceClaim get deleted to evict them. The scheduler will not let new pods reserve the claim while it has these tainted devices. Once all pods are evicted, the claim will get deallocated.

        The maximum number of tolerations is 16.

        This is an alpha field and requires enabling the DRADeviceTaints feature gate.

        :schema: ResourceClaimSpecDevicesRequestsExactly#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["ResourceClaimSpecDevicesRequestsExactlyTolerations"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevicesRequestsExactly(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevicesRequestsExactlyCapacity",
    jsii_struct_bases=[],
    name_mapping={"requests": "requests"},
)
class ResourceClaimSpecDevicesRequestsExactlyCapacity:
    def __init__(
        self,
        *,
        requests: typing.Optional[typing.Mapping[builtins.str, "ResourceClaimSpecDevicesRequestsExactlyCapacityRequests"]] = None,
    ) -> None:
        '''Capacity define resource requirements against each capacity.

        If this field is unset and the device supports multiple allocations, the default value will be applied to each capacity according to requestPolicy. For the capacity that has no requestPolicy, default is the full capacity value.

        Applies to each device allocation. If Count > 1, the request fails if there aren't enough devices that meet the requirements. If AllocationMode is set to All, the request fails if there are devices that otherwise match the request, and have this capacity, with a value >= the requested amount, but which cannot be allocated to this request.

        :param requests: Requests represent individual device resource requests for distinct resources, all of which must be provided by the device. This value is used as an additional filtering condition against the available capacity on the device. This is semantically equivalent to a CEL selector with ``device.capacity[<domain>].<name>.compareTo(quantity(<request quantity>)) >= 0``. For example, device.capacity['test-driver.cdi.k8s.io'].counters.compareTo(quantity('2')) >= 0. When a requestPolicy is defined, the requested amount is adjusted upward to the nearest valid value based on the policy. If the requested amount cannot be adjusted to a valid value—because it exceeds what the requestPolicy allows— the device is considered ineligible for allocation. For any capacity that is not explicitly requested: - If no requestPolicy is set, the default consumed capacity is equal to the full device capacity (i.e., the whole device is claimed). - If a requestPolicy is set, the default consumed capacity is determined according to that policy. If the device allows multiple allocation, the aggregated amount across all requests must not exceed the capacity value. The consumed capacity, which may be adjusted based on the requestPolicy if defined, is recorded in the resource claim’s status.devices[*].consumedCapacity field.

        :schema: ResourceClaimSpecDevicesRequestsExactlyCapacity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4c28717172baefef385779105148a404072f1fa177621ce79003de02cb1663ec)
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ResourceClaimSpecDevicesRequestsExactlyCapacityRequests"]]:
        '''Requests represent individual device resource requests for distinct resources, all of which must be provided by the device.

        This value is used as an additional filtering condition against the available capacity on the device. This is semantically equivalent to a CEL selector with ``device.capacity[<domain>].<name>.compareTo(quantity(<request quantity>)) >= 0``. For example, device.capacity['test-driver.cdi.k8s.io'].counters.compareTo(quantity('2')) >= 0.

        When a requestPolicy is defined, the requested amount is adjusted upward to the nearest valid value based on the policy. If the requested amount cannot be adjusted to a valid value—because it exceeds what the requestPolicy allows— the device is considered ineligible for allocation.

        For any capacity that is not explicitly requested: - If no requestPolicy is set, the default consumed capacity is equal to the full device capacity
        (i.e., the whole device is claimed).

        - If a requestPolicy is set, the default consumed capacity is determined according to that policy.

        If the device allows multiple allocation, the aggregated amount across all requests must not exceed the capacity value. The consumed capacity, which may be adjusted based on the requestPolicy if defined, is recorded in the resource claim’s status.devices[*].consumedCapacity field.

        :schema: ResourceClaimSpecDevicesRequestsExactlyCapacity#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ResourceClaimSpecDevicesRequestsExactlyCapacityRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevicesRequestsExactlyCapacity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ResourceClaimSpecDevicesRequestsExactlyCapacityRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="iok8sresource.ResourceClaimSpecDevicesRequestsExactlyCapacityRequests",
):
    '''
    :schema: ResourceClaimSpecDevicesRequestsExactlyCapacityRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ResourceClaimSpecDevicesRequestsExactlyCapacityRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7abdd2679b2939bef4e6768dd7d52403f9f97125c14f00545840d2a163a5ce75)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ResourceClaimSpecDevicesRequestsExactlyCapacityRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ResourceClaimSpecDevicesRequestsExactlyCapacityRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e73bc7981cde5753c0357b5334f2a76a7e5f924b0529473bc69d8b393aa8441d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ResourceClaimSpecDevicesRequestsExactlyCapacityRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevicesRequestsExactlySelectors",
    jsii_struct_bases=[],
    name_mapping={"cel": "cel"},
)
class ResourceClaimSpecDevicesRequestsExactlySelectors:
    def __init__(
        self,
        *,
        cel: typing.Optional[typing.Union["ResourceClaimSpecDevicesRequestsExactlySelectorsCel", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''DeviceSelector must have exactly one field set.

        :param cel: CEL contains a CEL expression for selecting a device.

        :schema: ResourceClaimSpecDevicesRequestsExactlySelectors
        '''
        if isinstance(cel, dict):
            cel = ResourceClaimSpecDevicesRequestsExactlySelectorsCel(**cel)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6370be027444b210aeaa547a0462120bc3fb577e4f485b8f83bf4148a5d30c2b)
            check_type(argname="argument cel", value=cel, expected_type=type_hints["cel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cel is not None:
            self._values["cel"] = cel

    @builtins.property
    def cel(
        self,
    ) -> typing.Optional["ResourceClaimSpecDevicesRequestsExactlySelectorsCel"]:
        '''CEL contains a CEL expression for selecting a device.

        :schema: ResourceClaimSpecDevicesRequestsExactlySelectors#cel
        '''
        result = self._values.get("cel")
        return typing.cast(typing.Optional["ResourceClaimSpecDevicesRequestsExactlySelectorsCel"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevicesRequestsExactlySelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevicesRequestsExactlySelectorsCel",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression"},
)
class ResourceClaimSpecDevicesRequestsExactlySelectorsCel:
    def __init__(self, *, expression: builtins.str) -> None:
        '''CEL contains a CEL expression for selecting a device.

        :param expression: Expression is a CEL expression which evaluates a single device. It must evaluate to true when the device under consideration satisfies the desired criteria, and false when it does not. Any other result is an error and causes allocation of devices to abort. The expression's input is an object named "device", which carries the following properties: - driver (string): the name of the driver which defines this device. - attributes (map[string]object): the device's attributes, grouped by prefix (e.g. device.attributes["dra.example.com"] evaluates to an object with all of the attributes which were prefixed by "dra.example.com". - capacity (map[string]object): the device's capacities, grouped by prefix. - allowMultipleAllocations (bool): the allowMultipleAllocations property of the device (v1.34+ with the DRAConsumableCapacity feature enabled). Example: Consider a device with driver="dra.example.com", which exposes two attributes named "model" and "ext.example.com/family" and which exposes one capacity named "modules". This input to this expression would have the following fields: device.driver device.attributes["dra.example.com"].model device.attributes["ext.example.com"].family device.capacity["dra.example.com"].modules The device.driver field can be used to check for a specific driver, either as a high-level precondition (i.e. you only want to consider devices from this driver) or as part of a multi-clause expression that is meant to consider devices from different drivers. The value type of each attribute is defined by the device definition, and users who write these expressions must consult the documentation for their specific drivers. The value type of each capacity is Quantity. If an unknown prefix is used as a lookup in either device.attributes or device.capacity, an empty map will be returned. Any reference to an unknown field will cause an evaluation error and allocation to abort. A robust expression should check for the existence of attributes before referencing them. For ease of use, the cel.bind() function is enabled, and can be used to simplify expressions that access multiple attributes with the same domain. For example: cel.bind(dra, device.attributes["dra.example.com"], dra.someBool && dra.anotherBool) The length of the expression must be smaller or equal to 10 Ki. The cost of evaluating it is also limited based on the estimated number of logical steps.

        :schema: ResourceClaimSpecDevicesRequestsExactlySelectorsCel
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__60161de34a3759644872144a782299a580433c551a9cca0aaf01bfb316bd0986)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''Expression is a CEL expression which evaluates a single device.

        It must evaluate to true when the device under consideration satisfies the desired criteria, and false when it does not. Any other result is an error and causes allocation of devices to abort.

        The expression's input is an object named "device", which carries the following properties:

        - driver (string): the name of the driver which defines this device.
        - attributes (map[string]object): the device's attributes, grouped by prefix
          (e.g. device.attributes["dra.example.com"] evaluates to an object with all
          of the attributes which were prefixed by "dra.example.com".
        - capacity (map[string]object): the device's capacities, grouped by prefix.
        - allowMultipleAllocations (bool): the allowMultipleAllocations property of the device
          (v1.34+ with the DRAConsumableCapacity feature enabled).

        Example: Consider a device with driver="dra.example.com", which exposes two attributes named "model" and "ext.example.com/family" and which exposes one capacity named "modules". This input to this expression would have the following fields:

        device.driver
        device.attributes["dra.example.com"].model
        device.attributes["ext.example.com"].family
        device.capacity["dra.example.com"].modules

        The device.driver field can be used to check for a specific driver, either as a high-level precondition (i.e. you only want to consider devices from this driver) or as part of a multi-clause expression that is meant to consider devices from different drivers.

        The value type of each attribute is defined by the device definition, and users who write these expressions must consult the documentation for their specific drivers. The value type of each capacity is Quantity.

        If an unknown prefix is used as a lookup in either device.attributes or device.capacity, an empty map will be returned. Any reference to an unknown field will cause an evaluation error and allocation to abort.

        A robust expression should check for the existence of attributes before referencing them.

        For ease of use, the cel.bind() function is enabled, and can be used to simplify expressions that access multiple attributes with the same domain. For example:

        cel.bind(dra, device.attributes["dra.example.com"], dra.someBool && dra.anotherBool)

        The length of the expression must be smaller or equal to 10 Ki. The cost of evaluating it is also limited based on the estimated number of logical steps.

        :schema: ResourceClaimSpecDevicesRequestsExactlySelectorsCel#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevicesRequestsExactlySelectorsCel(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevicesRequestsExactlyTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class ResourceClaimSpecDevicesRequestsExactlyTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The ResourceClaim this DeviceToleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator .

        :param effect: Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule and NoExecute.
        :param key: Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys. Must be a label name.
        :param operator: Operator represents a key's relationship to the value. Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category. Default: Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category.
        :param toleration_seconds: TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system. If larger than zero, the time when the pod needs to be evicted is calculated as + .
        :param value: Value is the taint value the toleration matches to. If the operator is Exists, the value must be empty, otherwise just a regular string. Must be a label value.

        :schema: ResourceClaimSpecDevicesRequestsExactlyTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__961509ef0de23d4d4024365ff1dc51f5cb3b0c42dc27db1d4c447e78b4ff3105)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> typing.Optional[builtins.str]:
        '''Effect indicates the taint effect to match.

        Empty means match all taint effects. When specified, allowed values are NoSchedule and NoExecute.

        :schema: ResourceClaimSpecDevicesRequestsExactlyTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Key is the taint key that the toleration applies to.

        Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys. Must be a label name.

        :schema: ResourceClaimSpecDevicesRequestsExactlyTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''Operator represents a key's relationship to the value.

        Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category.

        :default: Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category.

        :schema: ResourceClaimSpecDevicesRequestsExactlyTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint.

        By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system. If larger than zero, the time when the pod needs to be evicted is calculated as  + .

        :schema: ResourceClaimSpecDevicesRequestsExactlyTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value is the taint value the toleration matches to.

        If the operator is Exists, the value must be empty, otherwise just a regular string. Must be a label value.

        :schema: ResourceClaimSpecDevicesRequestsExactlyTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevicesRequestsExactlyTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevicesRequestsFirstAvailable",
    jsii_struct_bases=[],
    name_mapping={
        "device_class_name": "deviceClassName",
        "name": "name",
        "allocation_mode": "allocationMode",
        "capacity": "capacity",
        "count": "count",
        "selectors": "selectors",
        "tolerations": "tolerations",
    },
)
class ResourceClaimSpecDevicesRequestsFirstAvailable:
    def __init__(
        self,
        *,
        device_class_name: builtins.str,
        name: builtins.str,
        allocation_mode: typing.Optional[builtins.str] = None,
        capacity: typing.Optional[typing.Union["ResourceClaimSpecDevicesRequestsFirstAvailableCapacity", typing.Dict[builtins.str, typing.Any]]] = None,
        count: typing.Optional[jsii.Number] = None,
        selectors: typing.Optional[typing.Sequence[typing.Union["ResourceClaimSpecDevicesRequestsFirstAvailableSelectors", typing.Dict[builtins.str, typing.Any]]]] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["ResourceClaimSpecDevicesRequestsFirstAvailableTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''DeviceSubRequest describes a request for device provided in the claim.spec.devices.requests[].firstAvailable array. Each is typically a request for a single resource like a device, but can also ask for several identical devices.

        DeviceSubRequest is similar to ExactDeviceRequest, but doesn't expose the AdminAccess field as that one is only supported when requesting a specific device.

        :param device_class_name: DeviceClassName references a specific DeviceClass, which can define additional configuration and selectors to be inherited by this subrequest. A class is required. Which classes are available depends on the cluster. Administrators may use this to restrict which devices may get requested by only installing classes with selectors for permitted devices. If users are free to request anything without restrictions, then administrators can create an empty DeviceClass for users to reference.
        :param name: Name can be used to reference this subrequest in the list of constraints or the list of configurations for the claim. References must use the format /. Must be a DNS label.
        :param allocation_mode: AllocationMode and its related fields define how devices are allocated to satisfy this subrequest. Supported values are:. - ExactCount: This request is for a specific number of devices. This is the default. The exact number is provided in the count field. - All: This subrequest is for all of the matching devices in a pool. Allocation will fail if some devices are already allocated, unless adminAccess is requested. If AllocationMode is not specified, the default mode is ExactCount. If the mode is ExactCount and count is not specified, the default count is one. Any other subrequests must specify this field. More modes may get added in the future. Clients must refuse to handle requests with unknown modes.
        :param capacity: Capacity define resource requirements against each capacity. If this field is unset and the device supports multiple allocations, the default value will be applied to each capacity according to requestPolicy. For the capacity that has no requestPolicy, default is the full capacity value. Applies to each device allocation. If Count > 1, the request fails if there aren't enough devices that meet the requirements. If AllocationMode is set to All, the request fails if there are devices that otherwise match the request, and have this capacity, with a value >= the requested amount, but which cannot be allocated to this request.
        :param count: Count is used only when the count mode is "ExactCount". Must be greater than zero. If AllocationMode is ExactCount and this field is not specified, the default is one.
        :param selectors: Selectors define criteria which must be satisfied by a specific device in order for that device to be considered for this subrequest. All selectors must be satisfied for a device to be considered.
        :param tolerations: If specified, the request's tolerations. Tolerations for NoSchedule are required to allocate a device which has a taint with that effect. The same applies to NoExecute. In addition, should any of the allocated devices get tainted with NoExecute after allocation and that effect is not tolerated, then all pods consuming the ResourceClaim get deleted to evict them. The scheduler will not let new pods reserve the claim while it has these tainted devices. Once all pods are evicted, the claim will get deallocated. The maximum number of tolerations is 16. This is an alpha field and requires enabling the DRADeviceTaints feature gate.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailable
        '''
        if isinstance(capacity, dict):
            capacity = ResourceClaimSpecDevicesRequestsFirstAvailableCapacity(**capacity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e7c9b23cb1dd7a682e0d1b99d1153ac6865ec50af0a47d283c9fc7196deca10e)
            check_type(argname="argument device_class_name", value=device_class_name, expected_type=type_hints["device_class_name"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument allocation_mode", value=allocation_mode, expected_type=type_hints["allocation_mode"])
            check_type(argname="argument capacity", value=capacity, expected_type=type_hints["capacity"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument selectors", value=selectors, expected_type=type_hints["selectors"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "device_class_name": device_class_name,
            "name": name,
        }
        if allocation_mode is not None:
            self._values["allocation_mode"] = allocation_mode
        if capacity is not None:
            self._values["capacity"] = capacity
        if count is not None:
            self._values["count"] = count
        if selectors is not None:
            self._values["selectors"] = selectors
        if tolerations is not None:
            self._values["tolerations"] = tolerations

    @builtins.property
    def device_class_name(self) -> builtins.str:
        '''DeviceClassName references a specific DeviceClass, which can define additional configuration and selectors to be inherited by this subrequest.

        A class is required. Which classes are available depends on the cluster.

        Administrators may use this to restrict which devices may get requested by only installing classes with selectors for permitted devices. If users are free to request anything without restrictions, then administrators can create an empty DeviceClass for users to reference.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailable#deviceClassName
        '''
        result = self._values.get("device_class_name")
        assert result is not None, "Required property 'device_class_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name can be used to reference this subrequest in the list of constraints or the list of configurations for the claim.

        References must use the format /.

        Must be a DNS label.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailable#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def allocation_mode(self) -> typing.Optional[builtins.str]:
        '''AllocationMode and its related fields define how devices are allocated to satisfy this subrequest. Supported values are:.

        - ExactCount: This request is for a specific number of devices.
          This is the default. The exact number is provided in the
          count field.
        - All: This subrequest is for all of the matching devices in a pool.
          Allocation will fail if some devices are already allocated,
          unless adminAccess is requested.

        If AllocationMode is not specified, the default mode is ExactCount. If the mode is ExactCount and count is not specified, the default count is one. Any other subrequests must specify this field.

        More modes may get added in the future. Clients must refuse to handle requests with unknown modes.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailable#allocationMode
        '''
        result = self._values.get("allocation_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def capacity(
        self,
    ) -> typing.Optional["ResourceClaimSpecDevicesRequestsFirstAvailableCapacity"]:
        '''Capacity define resource requirements against each capacity.

        If this field is unset and the device supports multiple allocations, the default value will be applied to each capacity according to requestPolicy. For the capacity that has no requestPolicy, default is the full capacity value.

        Applies to each device allocation. If Count > 1, the request fails if there aren't enough devices that meet the requirements. If AllocationMode is set to All, the request fails if there are devices that otherwise match the request, and have this capacity, with a value >= the requested amount, but which cannot be allocated to this request.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailable#capacity
        '''
        result = self._values.get("capacity")
        return typing.cast(typing.Optional["ResourceClaimSpecDevicesRequestsFirstAvailableCapacity"], result)

    @builtins.property
    def count(self) -> typing.Optional[jsii.Number]:
        '''Count is used only when the count mode is "ExactCount".

        Must be greater than zero. If AllocationMode is ExactCount and this field is not specified, the default is one.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailable#count
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def selectors(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimSpecDevicesRequestsFirstAvailableSelectors"]]:
        '''Selectors define criteria which must be satisfied by a specific device in order for that device to be considered for this subrequest.

        All selectors must be satisfied for a device to be considered.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailable#selectors
        '''
        result = self._values.get("selectors")
        return typing.cast(typing.Optional[typing.List["ResourceClaimSpecDevicesRequestsFirstAvailableSelectors"]], result)

    @builtins.property
    def tolerations(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimSpecDevicesRequestsFirstAvailableTolerations"]]:
        '''If specified, the request's tolerations.

        Tolerations for NoSchedule are required to allocate a device which has a taint with that effect. The same applies to NoExecute.

        In addition, should any of the allocated devices get tainted with NoExecute after allocation and that effect is not tolerated, then all pods consuming the ResourceClaim get deleted to evict them. The scheduler will not let new pods reserve the claim while it has these tainted devices. Once all pods are evicted, the claim will get deallocated.

        The maximum number of tolerations is 16.

        This is an alpha field and requires enabling the DRADeviceTaints feature gate.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailable#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["ResourceClaimSpecDevicesRequestsFirstAvailableTolerations"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevicesRequestsFirstAvailable(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevicesRequestsFirstAvailableCapacity",
    jsii_struct_bases=[],
    name_mapping={"requests": "requests"},
)
class ResourceClaimSpecDevicesRequestsFirstAvailableCapacity:
    def __init__(
        self,
        *,
        requests: typing.Optional[typing.Mapping[builtins.str, "ResourceClaimSpecDevicesRequestsFirstAvailableCapacityRequests"]] = None,
    ) -> None:
        '''Capacity define resource requirements against each capacity.

        If this field is unset and the device supports multiple allocations, the default value will be applied to each capacity according to requestPolicy. For the capacity that has no requestPolicy, default is the full capacity value.

        Applies to each device allocation. If Count > 1, the request fails if there aren't enough devices that meet the requirements. If AllocationMode is set to All, the request fails if there are devices that otherwise match the request, and have this capacity, with a value >= the requested amount, but which cannot be allocated to this request.

        :param requests: Requests represent individual device resource requests for distinct resources, all of which must be provided by the device. This value is used as an additional filtering condition against the available capacity on the device. This is semantically equivalent to a CEL selector with ``device.capacity[<domain>].<name>.compareTo(quantity(<request quantity>)) >= 0``. For example, device.capacity['test-driver.cdi.k8s.io'].counters.compareTo(quantity('2')) >= 0. When a requestPolicy is defined, the requested amount is adjusted upward to the nearest valid value based on the policy. If the requested amount cannot be adjusted to a valid value—because it exceeds what the requestPolicy allows— the device is considered ineligible for allocation. For any capacity that is not explicitly requested: - If no requestPolicy is set, the default consumed capacity is equal to the full device capacity (i.e., the whole device is claimed). - If a requestPolicy is set, the default consumed capacity is determined according to that policy. If the device allows multiple allocation, the aggregated amount across all requests must not exceed the capacity value. The consumed capacity, which may be adjusted based on the requestPolicy if defined, is recorded in the resource claim’s status.devices[*].consumedCapacity field.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailableCapacity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__315079732c6b4c8971e21c8247883677fe693922dbd712530764dcef42c126ae)
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ResourceClaimSpecDevicesRequestsFirstAvailableCapacityRequests"]]:
        '''Requests represent individual device resource requests for distinct resources, all of which must be provided by the device.

        This value is used as an additional filtering condition against the available capacity on the device. This is semantically equivalent to a CEL selector with ``device.capacity[<domain>].<name>.compareTo(quantity(<request quantity>)) >= 0``. For example, device.capacity['test-driver.cdi.k8s.io'].counters.compareTo(quantity('2')) >= 0.

        When a requestPolicy is defined, the requested amount is adjusted upward to the nearest valid value based on the policy. If the requested amount cannot be adjusted to a valid value—because it exceeds what the requestPolicy allows— the device is considered ineligible for allocation.

        For any capacity that is not explicitly requested: - If no requestPolicy is set, the default consumed capacity is equal to the full device capacity
        (i.e., the whole device is claimed).

        - If a requestPolicy is set, the default consumed capacity is determined according to that policy.

        If the device allows multiple allocation, the aggregated amount across all requests must not exceed the capacity value. The consumed capacity, which may be adjusted based on the requestPolicy if defined, is recorded in the resource claim’s status.devices[*].consumedCapacity field.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailableCapacity#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ResourceClaimSpecDevicesRequestsFirstAvailableCapacityRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevicesRequestsFirstAvailableCapacity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ResourceClaimSpecDevicesRequestsFirstAvailableCapacityRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="iok8sresource.ResourceClaimSpecDevicesRequestsFirstAvailableCapacityRequests",
):
    '''
    :schema: ResourceClaimSpecDevicesRequestsFirstAvailableCapacityRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ResourceClaimSpecDevicesRequestsFirstAvailableCapacityRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bdce65736c000abaf98a752aeaa8054d14fcff4c7b9f6952e456c3da5ea76364)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ResourceClaimSpecDevicesRequestsFirstAvailableCapacityRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ResourceClaimSpecDevicesRequestsFirstAvailableCapacityRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dccef155b40f0dc2f320d39ceee106d3e98df98cf443f159b7ae98cab80de558)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ResourceClaimSpecDevicesRequestsFirstAvailableCapacityRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevicesRequestsFirstAvailableSelectors",
    jsii_struct_bases=[],
    name_mapping={"cel": "cel"},
)
class ResourceClaimSpecDevicesRequestsFirstAvailableSelectors:
    def __init__(
        self,
        *,
        cel: typing.Optional[typing.Union["ResourceClaimSpecDevicesRequestsFirstAvailableSelectorsCel", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''DeviceSelector must have exactly one field set.

        :param cel: CEL contains a CEL expression for selecting a device.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailableSelectors
        '''
        if isinstance(cel, dict):
            cel = ResourceClaimSpecDevicesRequestsFirstAvailableSelectorsCel(**cel)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a7d2d5ff78f985c1c0ab836cac13f3a13091c830168a118b27b93f1c55b8b11e)
            check_type(argname="argument cel", value=cel, expected_type=type_hints["cel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cel is not None:
            self._values["cel"] = cel

    @builtins.property
    def cel(
        self,
    ) -> typing.Optional["ResourceClaimSpecDevicesRequestsFirstAvailableSelectorsCel"]:
        '''CEL contains a CEL expression for selecting a device.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailableSelectors#cel
        '''
        result = self._values.get("cel")
        return typing.cast(typing.Optional["ResourceClaimSpecDevicesRequestsFirstAvailableSelectorsCel"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevicesRequestsFirstAvailableSelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevicesRequestsFirstAvailableSelectorsCel",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression"},
)
class ResourceClaimSpecDevicesRequestsFirstAvailableSelectorsCel:
    def __init__(self, *, expression: builtins.str) -> None:
        '''CEL contains a CEL expression for selecting a device.

        :param expression: Expression is a CEL expression which evaluates a single device. It must evaluate to true when the device under consideration satisfies the desired criteria, and false when it does not. Any other result is an error and causes allocation of devices to abort. The expression's input is an object named "device", which carries the following properties: - driver (string): the name of the driver which defines this device. - attributes (map[string]object): the device's attributes, grouped by prefix (e.g. device.attributes["dra.example.com"] evaluates to an object with all of the attributes which were prefixed by "dra.example.com". - capacity (map[string]object): the device's capacities, grouped by prefix. - allowMultipleAllocations (bool): the allowMultipleAllocations property of the device (v1.34+ with the DRAConsumableCapacity feature enabled). Example: Consider a device with driver="dra.example.com", which exposes two attributes named "model" and "ext.example.com/family" and which exposes one capacity named "modules". This input to this expression would have the following fields: device.driver device.attributes["dra.example.com"].model device.attributes["ext.example.com"].family device.capacity["dra.example.com"].modules The device.driver field can be used to check for a specific driver, either as a high-level precondition (i.e. you only want to consider devices from this driver) or as part of a multi-clause expression that is meant to consider devices from different drivers. The value type of each attribute is defined by the device definition, and users who write these expressions must consult the documentation for their specific drivers. The value type of each capacity is Quantity. If an unknown prefix is used as a lookup in either device.attributes or device.capacity, an empty map will be returned. Any reference to an unknown field will cause an evaluation error and allocation to abort. A robust expression should check for the existence of attributes before referencing them. For ease of use, the cel.bind() function is enabled, and can be used to simplify expressions that access multiple attributes with the same domain. For example: cel.bind(dra, device.attributes["dra.example.com"], dra.someBool && dra.anotherBool) The length of the expression must be smaller or equal to 10 Ki. The cost of evaluating it is also limited based on the estimated number of logical steps.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailableSelectorsCel
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e70cbc56beaf09bc7120cfae64795aceb0209c4db2b9a1b87e6734b9465b54ba)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''Expression is a CEL expression which evaluates a single device.

        It must evaluate to true when the device under consideration satisfies the desired criteria, and false when it does not. Any other result is an error and causes allocation of devices to abort.

        The expression's input is an object named "device", which carries the following properties:

        - driver (string): the name of the driver which defines this device.
        - attributes (map[string]object): the device's attributes, grouped by prefix
          (e.g. device.attributes["dra.example.com"] evaluates to an object with all
          of the attributes which were prefixed by "dra.example.com".
        - capacity (map[string]object): the device's capacities, grouped by prefix.
        - allowMultipleAllocations (bool): the allowMultipleAllocations property of the device
          (v1.34+ with the DRAConsumableCapacity feature enabled).

        Example: Consider a device with driver="dra.example.com", which exposes two attributes named "model" and "ext.example.com/family" and which exposes one capacity named "modules". This input to this expression would have the following fields:

        device.driver
        device.attributes["dra.example.com"].model
        device.attributes["ext.example.com"].family
        device.capacity["dra.example.com"].modules

        The device.driver field can be used to check for a specific driver, either as a high-level precondition (i.e. you only want to consider devices from this driver) or as part of a multi-clause expression that is meant to consider devices from different drivers.

        The value type of each attribute is defined by the device definition, and users who write these expressions must consult the documentation for their specific drivers. The value type of each capacity is Quantity.

        If an unknown prefix is used as a lookup in either device.attributes or device.capacity, an empty map will be returned. Any reference to an unknown field will cause an evaluation error and allocation to abort.

        A robust expression should check for the existence of attributes before referencing them.

        For ease of use, the cel.bind() function is enabled, and can be used to simplify expressions that access multiple attributes with the same domain. For example:

        cel.bind(dra, device.attributes["dra.example.com"], dra.someBool && dra.anotherBool)

        The length of the expression must be smaller or equal to 10 Ki. The cost of evaluating it is also limited based on the estimated number of logical steps.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailableSelectorsCel#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevicesRequestsFirstAvailableSelectorsCel(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimSpecDevicesRequestsFirstAvailableTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class ResourceClaimSpecDevicesRequestsFirstAvailableTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The ResourceClaim this DeviceToleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator .

        :param effect: Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule and NoExecute.
        :param key: Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys. Must be a label name.
        :param operator: Operator represents a key's relationship to the value. Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category. Default: Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category.
        :param toleration_seconds: TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system. If larger than zero, the time when the pod needs to be evicted is calculated as + .
        :param value: Value is the taint value the toleration matches to. If the operator is Exists, the value must be empty, otherwise just a regular string. Must be a label value.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailableTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab5e205b87e63c0138c44855879f0cb66eb8dbaa663fbf87439c4e61648e2118)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> typing.Optional[builtins.str]:
        '''Effect indicates the taint effect to match.

        Empty means match all taint effects. When specified, allowed values are NoSchedule and NoExecute.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailableTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Key is the taint key that the toleration applies to.

        Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys. Must be a label name.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailableTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''Operator represents a key's relationship to the value.

        Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category.

        :default: Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailableTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint.

        By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system. If larger than zero, the time when the pod needs to be evicted is calculated as  + .

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailableTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value is the taint value the toleration matches to.

        If the operator is Exists, the value must be empty, otherwise just a regular string. Must be a label value.

        :schema: ResourceClaimSpecDevicesRequestsFirstAvailableTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimSpecDevicesRequestsFirstAvailableTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ResourceClaimTemplate(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iok8sresource.ResourceClaimTemplate",
):
    '''ResourceClaimTemplate is used to produce ResourceClaim objects.

    This is an alpha type and requires enabling the DynamicResourceAllocation feature gate.

    :schema: ResourceClaimTemplate
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ResourceClaimTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ResourceClaimTemplate" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Describes the ResourceClaim that is to be generated. This field is immutable. A ResourceClaim will get created by the control plane for a Pod when needed and then not get updated anymore.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__038ec17e3d7b9fb542bc972f923c6d09236969588f13693e3fdf4fb7e60c5cbd)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ResourceClaimTemplateProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ResourceClaimTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ResourceClaimTemplate".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Describes the ResourceClaim that is to be generated. This field is immutable. A ResourceClaim will get created by the control plane for a Pod when needed and then not get updated anymore.
        '''
        props = ResourceClaimTemplateProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ResourceClaimTemplate".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ResourceClaimTemplateProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ResourceClaimTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ResourceClaimTemplate is used to produce ResourceClaim objects.

        This is an alpha type and requires enabling the DynamicResourceAllocation feature gate.

        :param metadata: 
        :param spec: Describes the ResourceClaim that is to be generated. This field is immutable. A ResourceClaim will get created by the control plane for a Pod when needed and then not get updated anymore.

        :schema: ResourceClaimTemplate
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ResourceClaimTemplateSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce0d8f113db9fd5a63e2cf09e7469342fdf1e882d6c7e3891341b75f507a71e5)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ResourceClaimTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ResourceClaimTemplateSpec"]:
        '''Describes the ResourceClaim that is to be generated.

        This field is immutable. A ResourceClaim will get created by the control plane for a Pod when needed and then not get updated anymore.

        :schema: ResourceClaimTemplate#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ResourceClaimTemplateSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ResourceClaimTemplateSpec:
    def __init__(
        self,
        *,
        spec: typing.Union["ResourceClaimTemplateSpecSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["ResourceClaimTemplateSpecMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Describes the ResourceClaim that is to be generated.

        This field is immutable. A ResourceClaim will get created by the control plane for a Pod when needed and then not get updated anymore.

        :param spec: Spec for the ResourceClaim. The entire content is copied unchanged into the ResourceClaim that gets created from this template. The same fields as in a ResourceClaim are also valid here.
        :param metadata: ObjectMeta may contain labels and annotations that will be copied into the ResourceClaim when creating it. No other fields are allowed and will be rejected during validation.

        :schema: ResourceClaimTemplateSpec
        '''
        if isinstance(spec, dict):
            spec = ResourceClaimTemplateSpecSpec(**spec)
        if isinstance(metadata, dict):
            metadata = ResourceClaimTemplateSpecMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7777dc458eda596065dbba214b55f5a31d762e9258f381f775b4e3e44767f417)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ResourceClaimTemplateSpecSpec":
        '''Spec for the ResourceClaim.

        The entire content is copied unchanged into the ResourceClaim that gets created from this template. The same fields as in a ResourceClaim are also valid here.

        :schema: ResourceClaimTemplateSpec#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ResourceClaimTemplateSpecSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["ResourceClaimTemplateSpecMetadata"]:
        '''ObjectMeta may contain labels and annotations that will be copied into the ResourceClaim when creating it.

        No other fields are allowed and will be rejected during validation.

        :schema: ResourceClaimTemplateSpec#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["ResourceClaimTemplateSpecMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "creation_timestamp": "creationTimestamp",
        "deletion_grace_period_seconds": "deletionGracePeriodSeconds",
        "deletion_timestamp": "deletionTimestamp",
        "finalizers": "finalizers",
        "generate_name": "generateName",
        "generation": "generation",
        "labels": "labels",
        "managed_fields": "managedFields",
        "name": "name",
        "namespace": "namespace",
        "owner_references": "ownerReferences",
        "resource_version": "resourceVersion",
        "self_link": "selfLink",
        "uid": "uid",
    },
)
class ResourceClaimTemplateSpecMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        creation_timestamp: typing.Optional[datetime.datetime] = None,
        deletion_grace_period_seconds: typing.Optional[jsii.Number] = None,
        deletion_timestamp: typing.Optional[datetime.datetime] = None,
        finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
        generate_name: typing.Optional[builtins.str] = None,
        generation: typing.Optional[jsii.Number] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        managed_fields: typing.Optional[typing.Sequence[typing.Union["ResourceClaimTemplateSpecMetadataManagedFields", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        owner_references: typing.Optional[typing.Sequence[typing.Union["ResourceClaimTemplateSpecMetadataOwnerReferences", typing.Dict[builtins.str, typing.Any]]]] = None,
        resource_version: typing.Optional[builtins.str] = None,
        self_link: typing.Optional[builtins.str] = None,
        uid: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ObjectMeta may contain labels and annotations that will be copied into the ResourceClaim when creating it.

        No other fields are allowed and will be rejected during validation.

        :param annotations: Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations
        :param creation_timestamp: CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC. Populated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
        :param deletion_grace_period_seconds: Number of seconds allowed for this object to gracefully terminate before it will be removed from the system. Only set when deletionTimestamp is also set. May only be shortened. Read-only.
        :param deletion_timestamp: DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. This field is set by the server when a graceful deletion is requested by the user, and is not directly settable by a client. The resource is expected to be deleted (no longer visible from resource lists, and not reachable by name) after the time in this field, once the finalizers list is empty. As long as the finalizers list contains items, deletion is blocked. Once the deletionTimestamp is set, this value may not be unset or be set further into the future, although it may be shortened or the resource may be deleted prior to this time. For example, a user may request that a pod is deleted in 30 seconds. The Kubelet will react by sending a graceful termination signal to the containers in the pod. After that 30 seconds, the Kubelet will send a hard termination signal (SIGKILL) to the container and after cleanup, remove the pod from the API. In the presence of network partitions, this object may still exist after this timestamp, until an administrator or automated process can determine the resource is fully terminated. If not set, graceful deletion of the object has not been requested. Populated by the system when a graceful deletion is requested. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
        :param finalizers: Must be empty before the object is deleted from the registry. Each entry is an identifier for the responsible component that will remove the entry from the list. If the deletionTimestamp of the object is non-nil, entries in this list can only be removed. Finalizers may be processed and removed in any order. Order is NOT enforced because it introduces significant risk of stuck finalizers. finalizers is a shared field, any actor with permission can reorder it. If the finalizer list is processed in order, then this can lead to a situation in which the component responsible for the first finalizer in the list is waiting for a signal (field value, external system, or other) produced by a component responsible for a finalizer later in the list, resulting in a deadlock. Without enforced ordering finalizers are free to order amongst themselves and are not vulnerable to ordering changes in the list.
        :param generate_name: GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided. If this field is used, the name returned to the client will be different than the name passed. This value will also be combined with a unique suffix. The provided value has the same validation rules as the Name field, and may be truncated by the length of the suffix required to make the value unique on the server. If this field is specified and the generated name exists, the server will return a 409. Applied only if Name is not specified. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#idempotency
        :param generation: A sequence number representing a specific generation of the desired state. Populated by the system. Read-only.
        :param labels: Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels
        :param managed_fields: ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow. This is mostly for internal housekeeping, and users typically shouldn't need to set or understand this field. A workflow can be the user's name, a controller's name, or the name of a specific apply path like "ci-cd". The set of fields is always in the version that the workflow used when modifying the object.
        :param name: Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names
        :param namespace: Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the "default" namespace, but "default" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty. Must be a DNS_LABEL. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces
        :param owner_references: List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected. If this object is managed by a controller, then an entry in this list will point to this controller, with the controller field set to true. There cannot be more than one managing controller.
        :param resource_version: An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed. May be used for optimistic concurrency, change detection, and the watch operation on a resource or set of resources. Clients must treat these values as opaque and passed unmodified back to the server. They may only be valid for a particular resource or set of resources. Populated by the system. Read-only. Value must be treated as opaque by clients and . More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency
        :param self_link: Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.
        :param uid: UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations. Populated by the system. Read-only. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids

        :schema: ResourceClaimTemplateSpecMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d33a7a6323a3923275be9b87729d0f4e8b8416ef61127deb642d6751c54c7cd9)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument creation_timestamp", value=creation_timestamp, expected_type=type_hints["creation_timestamp"])
            check_type(argname="argument deletion_grace_period_seconds", value=deletion_grace_period_seconds, expected_type=type_hints["deletion_grace_period_seconds"])
            check_type(argname="argument deletion_timestamp", value=deletion_timestamp, expected_type=type_hints["deletion_timestamp"])
            check_type(argname="argument finalizers", value=finalizers, expected_type=type_hints["finalizers"])
            check_type(argname="argument generate_name", value=generate_name, expected_type=type_hints["generate_name"])
            check_type(argname="argument generation", value=generation, expected_type=type_hints["generation"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument managed_fields", value=managed_fields, expected_type=type_hints["managed_fields"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument owner_references", value=owner_references, expected_type=type_hints["owner_references"])
            check_type(argname="argument resource_version", value=resource_version, expected_type=type_hints["resource_version"])
            check_type(argname="argument self_link", value=self_link, expected_type=type_hints["self_link"])
            check_type(argname="argument uid", value=uid, expected_type=type_hints["uid"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if creation_timestamp is not None:
            self._values["creation_timestamp"] = creation_timestamp
        if deletion_grace_period_seconds is not None:
            self._values["deletion_grace_period_seconds"] = deletion_grace_period_seconds
        if deletion_timestamp is not None:
            self._values["deletion_timestamp"] = deletion_timestamp
        if finalizers is not None:
            self._values["finalizers"] = finalizers
        if generate_name is not None:
            self._values["generate_name"] = generate_name
        if generation is not None:
            self._values["generation"] = generation
        if labels is not None:
            self._values["labels"] = labels
        if managed_fields is not None:
            self._values["managed_fields"] = managed_fields
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace
        if owner_references is not None:
            self._values["owner_references"] = owner_references
        if resource_version is not None:
            self._values["resource_version"] = resource_version
        if self_link is not None:
            self._values["self_link"] = self_link
        if uid is not None:
            self._values["uid"] = uid

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.

        They are not queryable and should be preserved when modifying objects. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations

        :schema: ResourceClaimTemplateSpecMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def creation_timestamp(self) -> typing.Optional[datetime.datetime]:
        '''CreationTimestamp is a timestamp representing the server time when this object was created.

        It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.

        Populated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :schema: ResourceClaimTemplateSpecMetadata#creationTimestamp
        '''
        result = self._values.get("creation_timestamp")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def deletion_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds allowed for this object to gracefully terminate before it will be removed from the system.

        Only set when deletionTimestamp is also set. May only be shortened. Read-only.

        :schema: ResourceClaimTemplateSpecMetadata#deletionGracePeriodSeconds
        '''
        result = self._values.get("deletion_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def deletion_timestamp(self) -> typing.Optional[datetime.datetime]:
        '''DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted.

        This field is set by the server when a graceful deletion is requested by the user, and is not directly settable by a client. The resource is expected to be deleted (no longer visible from resource lists, and not reachable by name) after the time in this field, once the finalizers list is empty. As long as the finalizers list contains items, deletion is blocked. Once the deletionTimestamp is set, this value may not be unset or be set further into the future, although it may be shortened or the resource may be deleted prior to this time. For example, a user may request that a pod is deleted in 30 seconds. The Kubelet will react by sending a graceful termination signal to the containers in the pod. After that 30 seconds, the Kubelet will send a hard termination signal (SIGKILL) to the container and after cleanup, remove the pod from the API. In the presence of network partitions, this object may still exist after this timestamp, until an administrator or automated process can determine the resource is fully terminated. If not set, graceful deletion of the object has not been requested.

        Populated by the system when a graceful deletion is requested. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :schema: ResourceClaimTemplateSpecMetadata#deletionTimestamp
        '''
        result = self._values.get("deletion_timestamp")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def finalizers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Must be empty before the object is deleted from the registry.

        Each entry is an identifier for the responsible component that will remove the entry from the list. If the deletionTimestamp of the object is non-nil, entries in this list can only be removed. Finalizers may be processed and removed in any order.  Order is NOT enforced because it introduces significant risk of stuck finalizers. finalizers is a shared field, any actor with permission can reorder it. If the finalizer list is processed in order, then this can lead to a situation in which the component responsible for the first finalizer in the list is waiting for a signal (field value, external system, or other) produced by a component responsible for a finalizer later in the list, resulting in a deadlock. Without enforced ordering finalizers are free to order amongst themselves and are not vulnerable to ordering changes in the list.

        :schema: ResourceClaimTemplateSpecMetadata#finalizers
        '''
        result = self._values.get("finalizers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def generate_name(self) -> typing.Optional[builtins.str]:
        '''GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided.

        If this field is used, the name returned to the client will be different than the name passed. This value will also be combined with a unique suffix. The provided value has the same validation rules as the Name field, and may be truncated by the length of the suffix required to make the value unique on the server.

        If this field is specified and the generated name exists, the server will return a 409.

        Applied only if Name is not specified. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#idempotency

        :schema: ResourceClaimTemplateSpecMetadata#generateName
        '''
        result = self._values.get("generate_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def generation(self) -> typing.Optional[jsii.Number]:
        '''A sequence number representing a specific generation of the desired state.

        Populated by the system. Read-only.

        :schema: ResourceClaimTemplateSpecMetadata#generation
        '''
        result = self._values.get("generation")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers and services. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels

        :schema: ResourceClaimTemplateSpecMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def managed_fields(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimTemplateSpecMetadataManagedFields"]]:
        '''ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow.

        This is mostly for internal housekeeping, and users typically shouldn't need to set or understand this field. A workflow can be the user's name, a controller's name, or the name of a specific apply path like "ci-cd". The set of fields is always in the version that the workflow used when modifying the object.

        :schema: ResourceClaimTemplateSpecMetadata#managedFields
        '''
        result = self._values.get("managed_fields")
        return typing.cast(typing.Optional[typing.List["ResourceClaimTemplateSpecMetadataManagedFields"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name must be unique within a namespace.

        Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names

        :schema: ResourceClaimTemplateSpecMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace defines the space within which each name must be unique.

        An empty namespace is equivalent to the "default" namespace, but "default" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty.

        Must be a DNS_LABEL. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces

        :schema: ResourceClaimTemplateSpecMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def owner_references(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimTemplateSpecMetadataOwnerReferences"]]:
        '''List of objects depended by this object.

        If ALL objects in the list have been deleted, this object will be garbage collected. If this object is managed by a controller, then an entry in this list will point to this controller, with the controller field set to true. There cannot be more than one managing controller.

        :schema: ResourceClaimTemplateSpecMetadata#ownerReferences
        '''
        result = self._values.get("owner_references")
        return typing.cast(typing.Optional[typing.List["ResourceClaimTemplateSpecMetadataOwnerReferences"]], result)

    @builtins.property
    def resource_version(self) -> typing.Optional[builtins.str]:
        '''An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed.

        May be used for optimistic concurrency, change detection, and the watch operation on a resource or set of resources. Clients must treat these values as opaque and passed unmodified back to the server. They may only be valid for a particular resource or set of resources.

        Populated by the system. Read-only. Value must be treated as opaque by clients and . More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency

        :schema: ResourceClaimTemplateSpecMetadata#resourceVersion
        '''
        result = self._values.get("resource_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def self_link(self) -> typing.Optional[builtins.str]:
        '''Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.

        :schema: ResourceClaimTemplateSpecMetadata#selfLink
        '''
        result = self._values.get("self_link")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uid(self) -> typing.Optional[builtins.str]:
        '''UID is the unique in time and space value for this object.

        It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations.

        Populated by the system. Read-only. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids

        :schema: ResourceClaimTemplateSpecMetadata#uid
        '''
        result = self._values.get("uid")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecMetadataManagedFields",
    jsii_struct_bases=[],
    name_mapping={
        "api_version": "apiVersion",
        "fields_type": "fieldsType",
        "fields_v1": "fieldsV1",
        "manager": "manager",
        "operation": "operation",
        "subresource": "subresource",
        "time": "time",
    },
)
class ResourceClaimTemplateSpecMetadataManagedFields:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        fields_type: typing.Optional[builtins.str] = None,
        fields_v1: typing.Any = None,
        manager: typing.Optional[builtins.str] = None,
        operation: typing.Optional[builtins.str] = None,
        subresource: typing.Optional[builtins.str] = None,
        time: typing.Optional[datetime.datetime] = None,
    ) -> None:
        '''ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.

        :param api_version: APIVersion defines the version of this resource that this field set applies to. The format is "group/version" just like the top-level APIVersion field. It is necessary to track the version of a field set because it cannot be automatically converted.
        :param fields_type: FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: "FieldsV1"
        :param fields_v1: FieldsV1 holds the first JSON version format as described in the "FieldsV1" type.
        :param manager: Manager is an identifier of the workflow managing these fields.
        :param operation: Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are 'Apply' and 'Update'.
        :param subresource: Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource. The value of this field is used to distinguish between managers, even if they share the same name. For example, a status update will be distinct from a regular update using the same manager name. Note that the APIVersion field is not related to the Subresource field and it always corresponds to the version of the main resource.
        :param time: Time is the timestamp of when the ManagedFields entry was added. The timestamp will also be updated if a field is added, the manager changes any of the owned fields value or removes a field. The timestamp does not update when a field is removed from the entry because another manager took it over.

        :schema: ResourceClaimTemplateSpecMetadataManagedFields
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__527d1b5f085c9536dd6eaa648ac2b3ee2bd296646559efa405c656dd7af68745)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument fields_type", value=fields_type, expected_type=type_hints["fields_type"])
            check_type(argname="argument fields_v1", value=fields_v1, expected_type=type_hints["fields_v1"])
            check_type(argname="argument manager", value=manager, expected_type=type_hints["manager"])
            check_type(argname="argument operation", value=operation, expected_type=type_hints["operation"])
            check_type(argname="argument subresource", value=subresource, expected_type=type_hints["subresource"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_version is not None:
            self._values["api_version"] = api_version
        if fields_type is not None:
            self._values["fields_type"] = fields_type
        if fields_v1 is not None:
            self._values["fields_v1"] = fields_v1
        if manager is not None:
            self._values["manager"] = manager
        if operation is not None:
            self._values["operation"] = operation
        if subresource is not None:
            self._values["subresource"] = subresource
        if time is not None:
            self._values["time"] = time

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''APIVersion defines the version of this resource that this field set applies to.

        The format is "group/version" just like the top-level APIVersion field. It is necessary to track the version of a field set because it cannot be automatically converted.

        :schema: ResourceClaimTemplateSpecMetadataManagedFields#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fields_type(self) -> typing.Optional[builtins.str]:
        '''FieldsType is the discriminator for the different fields format and version.

        There is currently only one possible value: "FieldsV1"

        :schema: ResourceClaimTemplateSpecMetadataManagedFields#fieldsType
        '''
        result = self._values.get("fields_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fields_v1(self) -> typing.Any:
        '''FieldsV1 holds the first JSON version format as described in the "FieldsV1" type.

        :schema: ResourceClaimTemplateSpecMetadataManagedFields#fieldsV1
        '''
        result = self._values.get("fields_v1")
        return typing.cast(typing.Any, result)

    @builtins.property
    def manager(self) -> typing.Optional[builtins.str]:
        '''Manager is an identifier of the workflow managing these fields.

        :schema: ResourceClaimTemplateSpecMetadataManagedFields#manager
        '''
        result = self._values.get("manager")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operation(self) -> typing.Optional[builtins.str]:
        '''Operation is the type of operation which lead to this ManagedFieldsEntry being created.

        The only valid values for this field are 'Apply' and 'Update'.

        :schema: ResourceClaimTemplateSpecMetadataManagedFields#operation
        '''
        result = self._values.get("operation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subresource(self) -> typing.Optional[builtins.str]:
        '''Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource.

        The value of this field is used to distinguish between managers, even if they share the same name. For example, a status update will be distinct from a regular update using the same manager name. Note that the APIVersion field is not related to the Subresource field and it always corresponds to the version of the main resource.

        :schema: ResourceClaimTemplateSpecMetadataManagedFields#subresource
        '''
        result = self._values.get("subresource")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def time(self) -> typing.Optional[datetime.datetime]:
        '''Time is the timestamp of when the ManagedFields entry was added.

        The timestamp will also be updated if a field is added, the manager changes any of the owned fields value or removes a field. The timestamp does not update when a field is removed from the entry because another manager took it over.

        :schema: ResourceClaimTemplateSpecMetadataManagedFields#time
        '''
        result = self._values.get("time")
        return typing.cast(typing.Optional[datetime.datetime], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecMetadataManagedFields(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecMetadataOwnerReferences",
    jsii_struct_bases=[],
    name_mapping={
        "api_version": "apiVersion",
        "kind": "kind",
        "name": "name",
        "uid": "uid",
        "block_owner_deletion": "blockOwnerDeletion",
        "controller": "controller",
    },
)
class ResourceClaimTemplateSpecMetadataOwnerReferences:
    def __init__(
        self,
        *,
        api_version: builtins.str,
        kind: builtins.str,
        name: builtins.str,
        uid: builtins.str,
        block_owner_deletion: typing.Optional[builtins.bool] = None,
        controller: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''OwnerReference contains enough information to let you identify an owning object.

        An owning object must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace field.

        :param api_version: API version of the referent.
        :param kind: Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names
        :param uid: UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids
        :param block_owner_deletion: If true, AND if the owner has the "foregroundDeletion" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed. See https://kubernetes.io/docs/concepts/architecture/garbage-collection/#foreground-deletion for how the garbage collector interacts with this field and enforces the foreground deletion. Defaults to false. To set this field, a user needs "delete" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned. Default: false. To set this field, a user needs "delete" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned.
        :param controller: If true, this reference points to the managing controller.

        :schema: ResourceClaimTemplateSpecMetadataOwnerReferences
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b4ff7ce366d689c93e2899fc872621197602e38f2a7ab752a431d515f9136602)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument uid", value=uid, expected_type=type_hints["uid"])
            check_type(argname="argument block_owner_deletion", value=block_owner_deletion, expected_type=type_hints["block_owner_deletion"])
            check_type(argname="argument controller", value=controller, expected_type=type_hints["controller"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_version": api_version,
            "kind": kind,
            "name": name,
            "uid": uid,
        }
        if block_owner_deletion is not None:
            self._values["block_owner_deletion"] = block_owner_deletion
        if controller is not None:
            self._values["controller"] = controller

    @builtins.property
    def api_version(self) -> builtins.str:
        '''API version of the referent.

        :schema: ResourceClaimTemplateSpecMetadataOwnerReferences#apiVersion
        '''
        result = self._values.get("api_version")
        assert result is not None, "Required property 'api_version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind of the referent.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: ResourceClaimTemplateSpecMetadataOwnerReferences#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names

        :schema: ResourceClaimTemplateSpecMetadataOwnerReferences#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def uid(self) -> builtins.str:
        '''UID of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids

        :schema: ResourceClaimTemplateSpecMetadataOwnerReferences#uid
        '''
        result = self._values.get("uid")
        assert result is not None, "Required property 'uid' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def block_owner_deletion(self) -> typing.Optional[builtins.bool]:
        '''If true, AND if the owner has the "foregroundDeletion" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed.

        See https://kubernetes.io/docs/concepts/architecture/garbage-collection/#foreground-deletion for how the garbage collector interacts with this field and enforces the foreground deletion. Defaults to false. To set this field, a user needs "delete" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned.

        :default: false. To set this field, a user needs "delete" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned.

        :schema: ResourceClaimTemplateSpecMetadataOwnerReferences#blockOwnerDeletion
        '''
        result = self._values.get("block_owner_deletion")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def controller(self) -> typing.Optional[builtins.bool]:
        '''If true, this reference points to the managing controller.

        :schema: ResourceClaimTemplateSpecMetadataOwnerReferences#controller
        '''
        result = self._values.get("controller")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecMetadataOwnerReferences(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpec",
    jsii_struct_bases=[],
    name_mapping={"devices": "devices"},
)
class ResourceClaimTemplateSpecSpec:
    def __init__(
        self,
        *,
        devices: typing.Optional[typing.Union["ResourceClaimTemplateSpecSpecDevices", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Spec for the ResourceClaim.

        The entire content is copied unchanged into the ResourceClaim that gets created from this template. The same fields as in a ResourceClaim are also valid here.

        :param devices: Devices defines how to request devices.

        :schema: ResourceClaimTemplateSpecSpec
        '''
        if isinstance(devices, dict):
            devices = ResourceClaimTemplateSpecSpecDevices(**devices)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e0a109a8f08f1a188d7e0431103ed608b641ceccee52ddd0616695405bc53a0)
            check_type(argname="argument devices", value=devices, expected_type=type_hints["devices"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if devices is not None:
            self._values["devices"] = devices

    @builtins.property
    def devices(self) -> typing.Optional["ResourceClaimTemplateSpecSpecDevices"]:
        '''Devices defines how to request devices.

        :schema: ResourceClaimTemplateSpecSpec#devices
        '''
        result = self._values.get("devices")
        return typing.cast(typing.Optional["ResourceClaimTemplateSpecSpecDevices"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevices",
    jsii_struct_bases=[],
    name_mapping={
        "config": "config",
        "constraints": "constraints",
        "requests": "requests",
    },
)
class ResourceClaimTemplateSpecSpecDevices:
    def __init__(
        self,
        *,
        config: typing.Optional[typing.Sequence[typing.Union["ResourceClaimTemplateSpecSpecDevicesConfig", typing.Dict[builtins.str, typing.Any]]]] = None,
        constraints: typing.Optional[typing.Sequence[typing.Union["ResourceClaimTemplateSpecSpecDevicesConstraints", typing.Dict[builtins.str, typing.Any]]]] = None,
        requests: typing.Optional[typing.Sequence[typing.Union["ResourceClaimTemplateSpecSpecDevicesRequests", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Devices defines how to request devices.

        :param config: This field holds configuration for multiple potential drivers which could satisfy requests in this claim. It is ignored while allocating the claim.
        :param constraints: These constraints must be satisfied by the set of devices that get allocated for the claim.
        :param requests: Requests represent individual requests for distinct devices which must all be satisfied. If empty, nothing needs to be allocated.

        :schema: ResourceClaimTemplateSpecSpecDevices
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34966497f97d2d5d38e530c79908d72cbcbb0e0f1193a8b9c67a0af58b7c5d27)
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument constraints", value=constraints, expected_type=type_hints["constraints"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config is not None:
            self._values["config"] = config
        if constraints is not None:
            self._values["constraints"] = constraints
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def config(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesConfig"]]:
        '''This field holds configuration for multiple potential drivers which could satisfy requests in this claim.

        It is ignored while allocating the claim.

        :schema: ResourceClaimTemplateSpecSpecDevices#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesConfig"]], result)

    @builtins.property
    def constraints(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesConstraints"]]:
        '''These constraints must be satisfied by the set of devices that get allocated for the claim.

        :schema: ResourceClaimTemplateSpecSpecDevices#constraints
        '''
        result = self._values.get("constraints")
        return typing.cast(typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesConstraints"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesRequests"]]:
        '''Requests represent individual requests for distinct devices which must all be satisfied.

        If empty, nothing needs to be allocated.

        :schema: ResourceClaimTemplateSpecSpecDevices#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesConfig",
    jsii_struct_bases=[],
    name_mapping={"opaque": "opaque", "requests": "requests"},
)
class ResourceClaimTemplateSpecSpecDevicesConfig:
    def __init__(
        self,
        *,
        opaque: typing.Optional[typing.Union["ResourceClaimTemplateSpecSpecDevicesConfigOpaque", typing.Dict[builtins.str, typing.Any]]] = None,
        requests: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''DeviceClaimConfiguration is used for configuration parameters in DeviceClaim.

        :param opaque: Opaque provides driver-specific configuration parameters.
        :param requests: Requests lists the names of requests where the configuration applies. If empty, it applies to all requests. References to subrequests must include the name of the main request and may include the subrequest using the format [/]. If just the main request is given, the configuration applies to all subrequests.

        :schema: ResourceClaimTemplateSpecSpecDevicesConfig
        '''
        if isinstance(opaque, dict):
            opaque = ResourceClaimTemplateSpecSpecDevicesConfigOpaque(**opaque)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b63f10055aa687f0e09344f077bdb9119da4c786f2fab0011a36a6fe355526e)
            check_type(argname="argument opaque", value=opaque, expected_type=type_hints["opaque"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if opaque is not None:
            self._values["opaque"] = opaque
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def opaque(
        self,
    ) -> typing.Optional["ResourceClaimTemplateSpecSpecDevicesConfigOpaque"]:
        '''Opaque provides driver-specific configuration parameters.

        :schema: ResourceClaimTemplateSpecSpecDevicesConfig#opaque
        '''
        result = self._values.get("opaque")
        return typing.cast(typing.Optional["ResourceClaimTemplateSpecSpecDevicesConfigOpaque"], result)

    @builtins.property
    def requests(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Requests lists the names of requests where the configuration applies. If empty, it applies to all requests.

        References to subrequests must include the name of the main request and may include the subrequest using the format [/]. If just the main request is given, the configuration applies to all subrequests.

        :schema: ResourceClaimTemplateSpecSpecDevicesConfig#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevicesConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesConfigOpaque",
    jsii_struct_bases=[],
    name_mapping={"driver": "driver", "parameters": "parameters"},
)
class ResourceClaimTemplateSpecSpecDevicesConfigOpaque:
    def __init__(self, *, driver: builtins.str, parameters: typing.Any) -> None:
        '''Opaque provides driver-specific configuration parameters.

        :param driver: Driver is used to determine which kubelet plugin needs to be passed these configuration parameters. An admission policy provided by the driver developer could use this to decide whether it needs to validate them. Must be a DNS subdomain and should end with a DNS domain owned by the vendor of the driver.
        :param parameters: Parameters can contain arbitrary data. It is the responsibility of the driver developer to handle validation and versioning. Typically this includes self-identification and a version ("kind" + "apiVersion" for Kubernetes types), with conversion between different versions. The length of the raw data must be smaller or equal to 10 Ki.

        :schema: ResourceClaimTemplateSpecSpecDevicesConfigOpaque
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3bc8151ea62184ae7d2e2691254541f186fe852ba5117ea08db18f97f1b2cb37)
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "driver": driver,
            "parameters": parameters,
        }

    @builtins.property
    def driver(self) -> builtins.str:
        '''Driver is used to determine which kubelet plugin needs to be passed these configuration parameters.

        An admission policy provided by the driver developer could use this to decide whether it needs to validate them.

        Must be a DNS subdomain and should end with a DNS domain owned by the vendor of the driver.

        :schema: ResourceClaimTemplateSpecSpecDevicesConfigOpaque#driver
        '''
        result = self._values.get("driver")
        assert result is not None, "Required property 'driver' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def parameters(self) -> typing.Any:
        '''Parameters can contain arbitrary data.

        It is the responsibility of the driver developer to handle validation and versioning. Typically this includes self-identification and a version ("kind" + "apiVersion" for Kubernetes types), with conversion between different versions.

        The length of the raw data must be smaller or equal to 10 Ki.

        :schema: ResourceClaimTemplateSpecSpecDevicesConfigOpaque#parameters
        '''
        result = self._values.get("parameters")
        assert result is not None, "Required property 'parameters' is missing"
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevicesConfigOpaque(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "distinct_attribute": "distinctAttribute",
        "match_attribute": "matchAttribute",
        "requests": "requests",
    },
)
class ResourceClaimTemplateSpecSpecDevicesConstraints:
    def __init__(
        self,
        *,
        distinct_attribute: typing.Optional[builtins.str] = None,
        match_attribute: typing.Optional[builtins.str] = None,
        requests: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''DeviceConstraint must have exactly one field set besides Requests.

        :param distinct_attribute: DistinctAttribute requires that all devices in question have this attribute and that its type and value are unique across those devices. This acts as the inverse of MatchAttribute. This constraint is used to avoid allocating multiple requests to the same device by ensuring attribute-level differentiation. This is useful for scenarios where resource requests must be fulfilled by separate physical devices. For example, a container requests two network interfaces that must be allocated from two different physical NICs.
        :param match_attribute: MatchAttribute requires that all devices in question have this attribute and that its type and value are the same across those devices. For example, if you specified "dra.example.com/numa" (a hypothetical example!), then only devices in the same NUMA node will be chosen. A device which does not have that attribute will not be chosen. All devices should use a value of the same type for this attribute because that is part of its specification, but if one device doesn't, then it also will not be chosen. Must include the domain qualifier.
        :param requests: Requests is a list of the one or more requests in this claim which must co-satisfy this constraint. If a request is fulfilled by multiple devices, then all of the devices must satisfy the constraint. If this is not specified, this constraint applies to all requests in this claim. References to subrequests must include the name of the main request and may include the subrequest using the format [/]. If just the main request is given, the constraint applies to all subrequests.

        :schema: ResourceClaimTemplateSpecSpecDevicesConstraints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7a7ed46c3081dcaca0d03b0d5433e7398550b1cdde9163266779178c7462949)
            check_type(argname="argument distinct_attribute", value=distinct_attribute, expected_type=type_hints["distinct_attribute"])
            check_type(argname="argument match_attribute", value=match_attribute, expected_type=type_hints["match_attribute"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distinct_attribute is not None:
            self._values["distinct_attribute"] = distinct_attribute
        if match_attribute is not None:
            self._values["match_attribute"] = match_attribute
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def distinct_attribute(self) -> typing.Optional[builtins.str]:
        '''DistinctAttribute requires that all devices in question have this attribute and that its type and value are unique across those devices.

        This acts as the inverse of MatchAttribute.

        This constraint is used to avoid allocating multiple requests to the same device by ensuring attribute-level differentiation.

        This is useful for scenarios where resource requests must be fulfilled by separate physical devices. For example, a container requests two network interfaces that must be allocated from two different physical NICs.

        :schema: ResourceClaimTemplateSpecSpecDevicesConstraints#distinctAttribute
        '''
        result = self._values.get("distinct_attribute")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def match_attribute(self) -> typing.Optional[builtins.str]:
        '''MatchAttribute requires that all devices in question have this attribute and that its type and value are the same across those devices.

        For example, if you specified "dra.example.com/numa" (a hypothetical example!), then only devices in the same NUMA node will be chosen. A device which does not have that attribute will not be chosen. All devices should use a value of the same type for this attribute because that is part of its specification, but if one device doesn't, then it also will not be chosen.

        Must include the domain qualifier.

        :schema: ResourceClaimTemplateSpecSpecDevicesConstraints#matchAttribute
        '''
        result = self._values.get("match_attribute")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def requests(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Requests is a list of the one or more requests in this claim which must co-satisfy this constraint.

        If a request is fulfilled by multiple devices, then all of the devices must satisfy the constraint. If this is not specified, this constraint applies to all requests in this claim.

        References to subrequests must include the name of the main request and may include the subrequest using the format [/]. If just the main request is given, the constraint applies to all subrequests.

        :schema: ResourceClaimTemplateSpecSpecDevicesConstraints#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevicesConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesRequests",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "exactly": "exactly",
        "first_available": "firstAvailable",
    },
)
class ResourceClaimTemplateSpecSpecDevicesRequests:
    def __init__(
        self,
        *,
        name: builtins.str,
        exactly: typing.Optional[typing.Union["ResourceClaimTemplateSpecSpecDevicesRequestsExactly", typing.Dict[builtins.str, typing.Any]]] = None,
        first_available: typing.Optional[typing.Sequence[typing.Union["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''DeviceRequest is a request for devices required for a claim.

        This is typically a request for a single resource like a device, but can also ask for several identical devices. With FirstAvailable it is also possible to provide a prioritized list of requests.

        :param name: Name can be used to reference this request in a pod.spec.containers[].resources.claims entry and in a constraint of the claim. References using the name in the DeviceRequest will uniquely identify a request when the Exactly field is set. When the FirstAvailable field is set, a reference to the name of the DeviceRequest will match whatever subrequest is chosen by the scheduler. Must be a DNS label.
        :param exactly: Exactly specifies the details for a single request that must be met exactly for the request to be satisfied. One of Exactly or FirstAvailable must be set.
        :param first_available: FirstAvailable contains subrequests, of which exactly one will be selected by the scheduler. It tries to satisfy them in the order in which they are listed here. So if there are two entries in the list, the scheduler will only check the second one if it determines that the first one can not be used. DRA does not yet implement scoring, so the scheduler will select the first set of devices that satisfies all the requests in the claim. And if the requirements can be satisfied on more than one node, other scheduling features will determine which node is chosen. This means that the set of devices allocated to a claim might not be the optimal set available to the cluster. Scoring will be implemented later.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequests
        '''
        if isinstance(exactly, dict):
            exactly = ResourceClaimTemplateSpecSpecDevicesRequestsExactly(**exactly)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85acf19aade8567b6b3f8372c9b488ca350f128431ced0a2310a3b1cef21a64b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument exactly", value=exactly, expected_type=type_hints["exactly"])
            check_type(argname="argument first_available", value=first_available, expected_type=type_hints["first_available"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if exactly is not None:
            self._values["exactly"] = exactly
        if first_available is not None:
            self._values["first_available"] = first_available

    @builtins.property
    def name(self) -> builtins.str:
        '''Name can be used to reference this request in a pod.spec.containers[].resources.claims entry and in a constraint of the claim.

        References using the name in the DeviceRequest will uniquely identify a request when the Exactly field is set. When the FirstAvailable field is set, a reference to the name of the DeviceRequest will match whatever subrequest is chosen by the scheduler.

        Must be a DNS label.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequests#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def exactly(
        self,
    ) -> typing.Optional["ResourceClaimTemplateSpecSpecDevicesRequestsExactly"]:
        '''Exactly specifies the details for a single request that must be met exactly for the request to be satisfied.

        One of Exactly or FirstAvailable must be set.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequests#exactly
        '''
        result = self._values.get("exactly")
        return typing.cast(typing.Optional["ResourceClaimTemplateSpecSpecDevicesRequestsExactly"], result)

    @builtins.property
    def first_available(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable"]]:
        '''FirstAvailable contains subrequests, of which exactly one will be selected by the scheduler.

        It tries to satisfy them in the order in which they are listed here. So if there are two entries in the list, the scheduler will only check the second one if it determines that the first one can not be used.

        DRA does not yet implement scoring, so the scheduler will select the first set of devices that satisfies all the requests in the claim. And if the requirements can be satisfied on more than one node, other scheduling features will determine which node is chosen. This means that the set of devices allocated to a claim might not be the optimal set available to the cluster. Scoring will be implemented later.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequests#firstAvailable
        '''
        result = self._values.get("first_available")
        return typing.cast(typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevicesRequests(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesRequestsExactly",
    jsii_struct_bases=[],
    name_mapping={
        "device_class_name": "deviceClassName",
        "admin_access": "adminAccess",
        "allocation_mode": "allocationMode",
        "capacity": "capacity",
        "count": "count",
        "selectors": "selectors",
        "tolerations": "tolerations",
    },
)
class ResourceClaimTemplateSpecSpecDevicesRequestsExactly:
    def __init__(
        self,
        *,
        device_class_name: builtins.str,
        admin_access: typing.Optional[builtins.bool] = None,
        allocation_mode: typing.Optional[builtins.str] = None,
        capacity: typing.Optional[typing.Union["ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacity", typing.Dict[builtins.str, typing.Any]]] = None,
        count: typing.Optional[jsii.Number] = None,
        selectors: typing.Optional[typing.Sequence[typing.Union["ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectors", typing.Dict[builtins.str, typing.Any]]]] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["ResourceClaimTemplateSpecSpecDevicesRequestsExactlyTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Exactly specifies the details for a single request that must be met exactly for the request to be satisfied.

        One of Exactly or FirstAvailable must be set.

        :param device_class_name: DeviceClassName references a specific DeviceClass, which can define additional configuration and selectors to be inherited by this request. A DeviceClassName is required. Administrators may use this to restrict which devices may get requested by only installing classes with selectors for permitted devices. If users are free to request anything without restrictions, then administrators can create an empty DeviceClass for users to reference.
        :param admin_access: AdminAccess indicates that this is a claim for administrative access to the device(s). Claims with AdminAccess are expected to be used for monitoring or other management services for a device. They ignore all ordinary claims to the device with respect to access modes and any resource allocations. This is an alpha field and requires enabling the DRAAdminAccess feature gate. Admin access is disabled if this field is unset or set to false, otherwise it is enabled.
        :param allocation_mode: AllocationMode and its related fields define how devices are allocated to satisfy this request. Supported values are:. - ExactCount: This request is for a specific number of devices. This is the default. The exact number is provided in the count field. - All: This request is for all of the matching devices in a pool. At least one device must exist on the node for the allocation to succeed. Allocation will fail if some devices are already allocated, unless adminAccess is requested. If AllocationMode is not specified, the default mode is ExactCount. If the mode is ExactCount and count is not specified, the default count is one. Any other requests must specify this field. More modes may get added in the future. Clients must refuse to handle requests with unknown modes.
        :param capacity: Capacity define resource requirements against each capacity. If this field is unset and the device supports multiple allocations, the default value will be applied to each capacity according to requestPolicy. For the capacity that has no requestPolicy, default is the full capacity value. Applies to each device allocation. If Count > 1, the request fails if there aren't enough devices that meet the requirements. If AllocationMode is set to All, the request fails if there are devices that otherwise match the request, and have this capacity, with a value >= the requested amount, but which cannot be allocated to this request.
        :param count: Count is used only when the count mode is "ExactCount". Must be greater than zero. If AllocationMode is ExactCount and this field is not specified, the default is one.
        :param selectors: Selectors define criteria which must be satisfied by a specific device in order for that device to be considered for this request. All selectors must be satisfied for a device to be considered.
        :param tolerations: If specified, the request's tolerations. Tolerations for NoSchedule are required to allocate a device which has a taint with that effect. The same applies to NoExecute. In addition, should any of the allocated devices get tainted with NoExecute after allocation and that effect is not tolerated, then all pods consuming the ResourceClaim get deleted to evict them. The scheduler will not let new pods reserve the claim while it has these tainted devices. Once all pods are evicted, the claim will get deallocated. The maximum number of tolerations is 16. This is an alpha field and requires enabling the DRADeviceTaints feature gate.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactly
        '''
        if isinstance(capacity, dict):
            capacity = ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacity(**capacity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0f0ff4f5d9236ab55f097d75a91875110dfff2c6ae69a07aca081c6c35896b13)
            check_type(argname="argument device_class_name", value=device_class_name, expected_type=type_hints["device_class_name"])
            check_type(argname="argument admin_access", value=admin_access, expected_type=type_hints["admin_access"])
            check_type(argname="argument allocation_mode", value=allocation_mode, expected_type=type_hints["allocation_mode"])
            check_type(argname="argument capacity", value=capacity, expected_type=type_hints["capacity"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument selectors", value=selectors, expected_type=type_hints["selectors"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "device_class_name": device_class_name,
        }
        if admin_access is not None:
            self._values["admin_access"] = admin_access
        if allocation_mode is not None:
            self._values["allocation_mode"] = allocation_mode
        if capacity is not None:
            self._values["capacity"] = capacity
        if count is not None:
            self._values["count"] = count
        if selectors is not None:
            self._values["selectors"] = selectors
        if tolerations is not None:
            self._values["tolerations"] = tolerations

    @builtins.property
    def device_class_name(self) -> builtins.str:
        '''DeviceClassName references a specific DeviceClass, which can define additional configuration and selectors to be inherited by this request.

        A DeviceClassName is required.

        Administrators may use this to restrict which devices may get requested by only installing classes with selectors for permitted devices. If users are free to request anything without restrictions, then administrators can create an empty DeviceClass for users to reference.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactly#deviceClassName
        '''
        result = self._values.get("device_class_name")
        assert result is not None, "Required property 'device_class_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def admin_access(self) -> typing.Optional[builtins.bool]:
        '''AdminAccess indicates that this is a claim for administrative access to the device(s).

        Claims with AdminAccess are expected to be used for monitoring or other management services for a device.  They ignore all ordinary claims to the device with respect to access modes and any resource allocations.

        This is an alpha field and requires enabling the DRAAdminAccess feature gate. Admin access is disabled if this field is unset or set to false, otherwise it is enabled.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactly#adminAccess
        '''
        result = self._values.get("admin_access")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allocation_mode(self) -> typing.Optional[builtins.str]:
        '''AllocationMode and its related fields define how devices are allocated to satisfy this request. Supported values are:.

        - ExactCount: This request is for a specific number of devices.
          This is the default. The exact number is provided in the
          count field.
        - All: This request is for all of the matching devices in a pool.
          At least one device must exist on the node for the allocation to succeed.
          Allocation will fail if some devices are already allocated,
          unless adminAccess is requested.

        If AllocationMode is not specified, the default mode is ExactCount. If the mode is ExactCount and count is not specified, the default count is one. Any other requests must specify this field.

        More modes may get added in the future. Clients must refuse to handle requests with unknown modes.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactly#allocationMode
        '''
        result = self._values.get("allocation_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def capacity(
        self,
    ) -> typing.Optional["ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacity"]:
        '''Capacity define resource requirements against each capacity.

        If this field is unset and the device supports multiple allocations, the default value will be applied to each capacity according to requestPolicy. For the capacity that has no requestPolicy, default is the full capacity value.

        Applies to each device allocation. If Count > 1, the request fails if there aren't enough devices that meet the requirements. If AllocationMode is set to All, the request fails if there are devices that otherwise match the request, and have this capacity, with a value >= the requested amount, but which cannot be allocated to this request.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactly#capacity
        '''
        result = self._values.get("capacity")
        return typing.cast(typing.Optional["ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacity"], result)

    @builtins.property
    def count(self) -> typing.Optional[jsii.Number]:
        '''Count is used only when the count mode is "ExactCount".

        Must be greater than zero. If AllocationMode is ExactCount and this field is not specified, the default is one.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactly#count
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def selectors(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectors"]]:
        '''Selectors define criteria which must be satisfied by a specific device in order for that device to be considered for this request.

        All selectors must be satisfied for a device to be considered.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactly#selectors
        '''
        result = self._values.get("selectors")
        return typing.cast(typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectors"]], result)

    @builtins.property
    def tolerations(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesRequestsExactlyTolerations"]]:
        '''If specified, the request's tolerations.

        Tolerations for NoSchedule are required to allocate a device which has a taint with that effect. The same applies to NoExecute.

        In addition, should any of the allocated devices get tainted with NoExecute after allocation and that effect is not tolerated, then all pods consuming the ResourceClaim get deleted to evict them. The scheduler will not let new pods reserve the claim while it has these tainted devices. Once all pods are evicted, the claim will get deallocated.

        The maximum number of tolerations is 16.

        This is an alpha field and requires enabling the DRADeviceTaints feature gate.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactly#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesRequestsExactlyTolerations"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevicesRequestsExactly(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacity",
    jsii_struct_bases=[],
    name_mapping={"requests": "requests"},
)
class ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacity:
    def __init__(
        self,
        *,
        requests: typing.Optional[typing.Mapping[builtins.str, "ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacityRequests"]] = None,
    ) -> None:
        '''Capacity define resource requirements against each capacity.

        If this field is unset and the device supports multiple allocations, the default value will be applied to each capacity according to requestPolicy. For the capacity that has no requestPolicy, default is the full capacity value.

        Applies to each device allocation. If Count > 1, the request fails if there aren't enough devices that meet the requirements. If AllocationMode is set to All, the request fails if there are devices that otherwise match the request, and have this capacity, with a value >= the requested amount, but which cannot be allocated to this request.

        :param requests: Requests represent individual device resource requests for distinct resources, all of which must be provided by the device. This value is used as an additional filtering condition against the available capacity on the device. This is semantically equivalent to a CEL selector with ``device.capacity[<domain>].<name>.compareTo(quantity(<request quantity>)) >= 0``. For example, device.capacity['test-driver.cdi.k8s.io'].counters.compareTo(quantity('2')) >= 0. When a requestPolicy is defined, the requested amount is adjusted upward to the nearest valid value based on the policy. If the requested amount cannot be adjusted to a valid value—because it exceeds what the requestPolicy allows— the device is considered ineligible for allocation. For any capacity that is not explicitly requested: - If no requestPolicy is set, the default consumed capacity is equal to the full device capacity (i.e., the whole device is claimed). - If a requestPolicy is set, the default consumed capacity is determined according to that policy. If the device allows multiple allocation, the aggregated amount across all requests must not exceed the capacity value. The consumed capacity, which may be adjusted based on the requestPolicy if defined, is recorded in the resource claim’s status.devices[*].consumedCapacity field.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d78db49606a361f02067a350eaa368bc0c513d9d921a52fc49c4a2b67b397b12)
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacityRequests"]]:
        '''Requests represent individual device resource requests for distinct resources, all of which must be provided by the device.

        This value is used as an additional filtering condition against the available capacity on the device. This is semantically equivalent to a CEL selector with ``device.capacity[<domain>].<name>.compareTo(quantity(<request quantity>)) >= 0``. For example, device.capacity['test-driver.cdi.k8s.io'].counters.compareTo(quantity('2')) >= 0.

        When a requestPolicy is defined, the requested amount is adjusted upward to the nearest valid value based on the policy. If the requested amount cannot be adjusted to a valid value—because it exceeds what the requestPolicy allows— the device is considered ineligible for allocation.

        For any capacity that is not explicitly requested: - If no requestPolicy is set, the default consumed capacity is equal to the full device capacity
        (i.e., the whole device is claimed).

        - If a requestPolicy is set, the default consumed capacity is determined according to that policy.

        If the device allows multiple allocation, the aggregated amount across all requests must not exceed the capacity value. The consumed capacity, which may be adjusted based on the requestPolicy if defined, is recorded in the resource claim’s status.devices[*].consumedCapacity field.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacity#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacityRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacityRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacityRequests",
):
    '''
    :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacityRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacityRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f58dd27761aab4a4e2901bea0c7c26ccf6ebdb428eac917351167423c601665)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacityRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacityRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66795297b1d27558d907721d410a6b90ad2a5e66eef03221fe895369c6642cdf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacityRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectors",
    jsii_struct_bases=[],
    name_mapping={"cel": "cel"},
)
class ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectors:
    def __init__(
        self,
        *,
        cel: typing.Optional[typing.Union["ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectorsCel", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''DeviceSelector must have exactly one field set.

        :param cel: CEL contains a CEL expression for selecting a device.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectors
        '''
        if isinstance(cel, dict):
            cel = ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectorsCel(**cel)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__558ac721df40b9fd3d81a6b2ed196abed0feb32f8843d7b358a258ae386f6409)
            check_type(argname="argument cel", value=cel, expected_type=type_hints["cel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cel is not None:
            self._values["cel"] = cel

    @builtins.property
    def cel(
        self,
    ) -> typing.Optional["ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectorsCel"]:
        '''CEL contains a CEL expression for selecting a device.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectors#cel
        '''
        result = self._values.get("cel")
        return typing.cast(typing.Optional["ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectorsCel"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectorsCel",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression"},
)
class ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectorsCel:
    def __init__(self, *, expression: builtins.str) -> None:
        '''CEL contains a CEL expression for selecting a device.

        :param expression: Expression is a CEL expression which evaluates a single device. It must evaluate to true when the device under consideration satisfies the desired criteria, and false when it does not. Any other result is an error and causes allocation of devices to abort. The expression's input is an object named "device", which carries the following properties: - driver (string): the name of the driver which defines this device. - attributes (map[string]object): the device's attributes, grouped by prefix (e.g. device.attributes["dra.example.com"] evaluates to an object with all of the attributes which were prefixed by "dra.example.com". - capacity (map[string]object): the device's capacities, grouped by prefix. - allowMultipleAllocations (bool): the allowMultipleAllocations property of the device (v1.34+ with the DRAConsumableCapacity feature enabled). Example: Consider a device with driver="dra.example.com", which exposes two attributes named "model" and "ext.example.com/family" and which exposes one capacity named "modules". This input to this expression would have the following fields: device.driver device.attributes["dra.example.com"].model device.attributes["ext.example.com"].family device.capacity["dra.example.com"].modules The device.driver field can be used to check for a specific driver, either as a high-level precondition (i.e. you only want to consider devices from this driver) or as part of a multi-clause expression that is meant to consider devices from different drivers. The value type of each attribute is defined by the device definition, and users who write these expressions must consult the documentation for their specific drivers. The value type of each capacity is Quantity. If an unknown prefix is used as a lookup in either device.attributes or device.capacity, an empty map will be returned. Any reference to an unknown field will cause an evaluation error and allocation to abort. A robust expression should check for the existence of attributes before referencing them. For ease of use, the cel.bind() function is enabled, and can be used to simplify expressions that access multiple attributes with the same domain. For example: cel.bind(dra, device.attributes["dra.example.com"], dra.someBool && dra.anotherBool) The length of the expression must be smaller or equal to 10 Ki. The cost of evaluating it is also limited based on the estimated number of logical steps.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectorsCel
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4075142941f7ab74abf7824c43fde99523bb1e57ce2275420310f40de2651833)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''Expression is a CEL expression which evaluates a single device.

        It must evaluate to true when the device under consideration satisfies the desired criteria, and false when it does not. Any other result is an error and causes allocation of devices to abort.

        The expression's input is an object named "device", which carries the following properties:

        - driver (string): the name of the driver which defines this device.
        - attributes (map[string]object): the device's attributes, grouped by prefix
          (e.g. device.attributes["dra.example.com"] evaluates to an object with all
          of the attributes which were prefixed by "dra.example.com".
        - capacity (map[string]object): the device's capacities, grouped by prefix.
        - allowMultipleAllocations (bool): the allowMultipleAllocations property of the device
          (v1.34+ with the DRAConsumableCapacity feature enabled).

        Example: Consider a device with driver="dra.example.com", which exposes two attributes named "model" and "ext.example.com/family" and which exposes one capacity named "modules". This input to this expression would have the following fields:

        device.driver
        device.attributes["dra.example.com"].model
        device.attributes["ext.example.com"].family
        device.capacity["dra.example.com"].modules

        The device.driver field can be used to check for a specific driver, either as a high-level precondition (i.e. you only want to consider devices from this driver) or as part of a multi-clause expression that is meant to consider devices from different drivers.

        The value type of each attribute is defined by the device definition, and users who write these expressions must consult the documentation for their specific drivers. The value type of each capacity is Quantity.

        If an unknown prefix is used as a lookup in either device.attributes or device.capacity, an empty map will be returned. Any reference to an unknown field will cause an evaluation error and allocation to abort.

        A robust expression should check for the existence of attributes before referencing them.

        For ease of use, the cel.bind() function is enabled, and can be used to simplify expressions that access multiple attributes with the same domain. For example:

        cel.bind(dra, device.attributes["dra.example.com"], dra.someBool && dra.anotherBool)

        The length of the expression must be smaller or equal to 10 Ki. The cost of evaluating it is also limited based on the estimated number of logical steps.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectorsCel#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectorsCel(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesRequestsExactlyTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class ResourceClaimTemplateSpecSpecDevicesRequestsExactlyTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The ResourceClaim this DeviceToleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator .

        :param effect: Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule and NoExecute.
        :param key: Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys. Must be a label name.
        :param operator: Operator represents a key's relationship to the value. Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category. Default: Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category.
        :param toleration_seconds: TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system. If larger than zero, the time when the pod needs to be evicted is calculated as + .
        :param value: Value is the taint value the toleration matches to. If the operator is Exists, the value must be empty, otherwise just a regular string. Must be a label value.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactlyTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f5fe38a74bd32c6bef40ccc96933cf24a58bfbf8ddb69c478f3a45403c2b199)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> typing.Optional[builtins.str]:
        '''Effect indicates the taint effect to match.

        Empty means match all taint effects. When specified, allowed values are NoSchedule and NoExecute.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactlyTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Key is the taint key that the toleration applies to.

        Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys. Must be a label name.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactlyTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''Operator represents a key's relationship to the value.

        Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category.

        :default: Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactlyTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint.

        By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system. If larger than zero, the time when the pod needs to be evicted is calculated as  + .

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactlyTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value is the taint value the toleration matches to.

        If the operator is Exists, the value must be empty, otherwise just a regular string. Must be a label value.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsExactlyTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevicesRequestsExactlyTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable",
    jsii_struct_bases=[],
    name_mapping={
        "device_class_name": "deviceClassName",
        "name": "name",
        "allocation_mode": "allocationMode",
        "capacity": "capacity",
        "count": "count",
        "selectors": "selectors",
        "tolerations": "tolerations",
    },
)
class ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable:
    def __init__(
        self,
        *,
        device_class_name: builtins.str,
        name: builtins.str,
        allocation_mode: typing.Optional[builtins.str] = None,
        capacity: typing.Optional[typing.Union["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacity", typing.Dict[builtins.str, typing.Any]]] = None,
        count: typing.Optional[jsii.Number] = None,
        selectors: typing.Optional[typing.Sequence[typing.Union["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectors", typing.Dict[builtins.str, typing.Any]]]] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''DeviceSubRequest describes a request for device provided in the claim.spec.devices.requests[].firstAvailable array. Each is typically a request for a single resource like a device, but can also ask for several identical devices.

        DeviceSubRequest is similar to ExactDeviceRequest, but doesn't expose the AdminAccess field as that one is only supported when requesting a specific device.

        :param device_class_name: DeviceClassName references a specific DeviceClass, which can define additional configuration and selectors to be inherited by this subrequest. A class is required. Which classes are available depends on the cluster. Administrators may use this to restrict which devices may get requested by only installing classes with selectors for permitted devices. If users are free to request anything without restrictions, then administrators can create an empty DeviceClass for users to reference.
        :param name: Name can be used to reference this subrequest in the list of constraints or the list of configurations for the claim. References must use the format /. Must be a DNS label.
        :param allocation_mode: AllocationMode and its related fields define how devices are allocated to satisfy this subrequest. Supported values are:. - ExactCount: This request is for a specific number of devices. This is the default. The exact number is provided in the count field. - All: This subrequest is for all of the matching devices in a pool. Allocation will fail if some devices are already allocated, unless adminAccess is requested. If AllocationMode is not specified, the default mode is ExactCount. If the mode is ExactCount and count is not specified, the default count is one. Any other subrequests must specify this field. More modes may get added in the future. Clients must refuse to handle requests with unknown modes.
        :param capacity: Capacity define resource requirements against each capacity. If this field is unset and the device supports multiple allocations, the default value will be applied to each capacity according to requestPolicy. For the capacity that has no requestPolicy, default is the full capacity value. Applies to each device allocation. If Count > 1, the request fails if there aren't enough devices that meet the requirements. If AllocationMode is set to All, the request fails if there are devices that otherwise match the request, and have this capacity, with a value >= the requested amount, but which cannot be allocated to this request.
        :param count: Count is used only when the count mode is "ExactCount". Must be greater than zero. If AllocationMode is ExactCount and this field is not specified, the default is one.
        :param selectors: Selectors define criteria which must be satisfied by a specific device in order for that device to be considered for this subrequest. All selectors must be satisfied for a device to be considered.
        :param tolerations: If specified, the request's tolerations. Tolerations for NoSchedule are required to allocate a device which has a taint with that effect. The same applies to NoExecute. In addition, should any of the allocated devices get tainted with NoExecute after allocation and that effect is not tolerated, then all pods consuming the ResourceClaim get deleted to evict them. The scheduler will not let new pods reserve the claim while it has these tainted devices. Once all pods are evicted, the claim will get deallocated. The maximum number of tolerations is 16. This is an alpha field and requires enabling the DRADeviceTaints feature gate.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable
        '''
        if isinstance(capacity, dict):
            capacity = ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacity(**capacity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea805831aa2646e0e1bbd9b40da03b7fe01cfb48da3d15c43cd1abe0dbec2e17)
            check_type(argname="argument device_class_name", value=device_class_name, expected_type=type_hints["device_class_name"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument allocation_mode", value=allocation_mode, expected_type=type_hints["allocation_mode"])
            check_type(argname="argument capacity", value=capacity, expected_type=type_hints["capacity"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument selectors", value=selectors, expected_type=type_hints["selectors"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "device_class_name": device_class_name,
            "name": name,
        }
        if allocation_mode is not None:
            self._values["allocation_mode"] = allocation_mode
        if capacity is not None:
            self._values["capacity"] = capacity
        if count is not None:
            self._values["count"] = count
        if selectors is not None:
            self._values["selectors"] = selectors
        if tolerations is not None:
            self._values["tolerations"] = tolerations

    @builtins.property
    def device_class_name(self) -> builtins.str:
        '''DeviceClassName references a specific DeviceClass, which can define additional configuration and selectors to be inherited by this subrequest.

        A class is required. Which classes are available depends on the cluster.

        Administrators may use this to restrict which devices may get requested by only installing classes with selectors for permitted devices. If users are free to request anything without restrictions, then administrators can create an empty DeviceClass for users to reference.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable#deviceClassName
        '''
        result = self._values.get("device_class_name")
        assert result is not None, "Required property 'device_class_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name can be used to reference this subrequest in the list of constraints or the list of configurations for the claim.

        References must use the format /.

        Must be a DNS label.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def allocation_mode(self) -> typing.Optional[builtins.str]:
        '''AllocationMode and its related fields define how devices are allocated to satisfy this subrequest. Supported values are:.

        - ExactCount: This request is for a specific number of devices.
          This is the default. The exact number is provided in the
          count field.
        - All: This subrequest is for all of the matching devices in a pool.
          Allocation will fail if some devices are already allocated,
          unless adminAccess is requested.

        If AllocationMode is not specified, the default mode is ExactCount. If the mode is ExactCount and count is not specified, the default count is one. Any other subrequests must specify this field.

        More modes may get added in the future. Clients must refuse to handle requests with unknown modes.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable#allocationMode
        '''
        result = self._values.get("allocation_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def capacity(
        self,
    ) -> typing.Optional["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacity"]:
        '''Capacity define resource requirements against each capacity.

        If this field is unset and the device supports multiple allocations, the default value will be applied to each capacity according to requestPolicy. For the capacity that has no requestPolicy, default is the full capacity value.

        Applies to each device allocation. If Count > 1, the request fails if there aren't enough devices that meet the requirements. If AllocationMode is set to All, the request fails if there are devices that otherwise match the request, and have this capacity, with a value >= the requested amount, but which cannot be allocated to this request.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable#capacity
        '''
        result = self._values.get("capacity")
        return typing.cast(typing.Optional["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacity"], result)

    @builtins.property
    def count(self) -> typing.Optional[jsii.Number]:
        '''Count is used only when the count mode is "ExactCount".

        Must be greater than zero. If AllocationMode is ExactCount and this field is not specified, the default is one.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable#count
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def selectors(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectors"]]:
        '''Selectors define criteria which must be satisfied by a specific device in order for that device to be considered for this subrequest.

        All selectors must be satisfied for a device to be considered.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable#selectors
        '''
        result = self._values.get("selectors")
        return typing.cast(typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectors"]], result)

    @builtins.property
    def tolerations(
        self,
    ) -> typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableTolerations"]]:
        '''If specified, the request's tolerations.

        Tolerations for NoSchedule are required to allocate a device which has a taint with that effect. The same applies to NoExecute.

        In addition, should any of the allocated devices get tainted with NoExecute after allocation and that effect is not tolerated, then all pods consuming the ResourceClaim get deleted to evict them. The scheduler will not let new pods reserve the claim while it has these tainted devices. Once all pods are evicted, the claim will get deallocated.

        The maximum number of tolerations is 16.

        This is an alpha field and requires enabling the DRADeviceTaints feature gate.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableTolerations"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacity",
    jsii_struct_bases=[],
    name_mapping={"requests": "requests"},
)
class ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacity:
    def __init__(
        self,
        *,
        requests: typing.Optional[typing.Mapping[builtins.str, "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacityRequests"]] = None,
    ) -> None:
        '''Capacity define resource requirements against each capacity.

        If this field is unset and the device supports multiple allocations, the default value will be applied to each capacity according to requestPolicy. For the capacity that has no requestPolicy, default is the full capacity value.

        Applies to each device allocation. If Count > 1, the request fails if there aren't enough devices that meet the requirements. If AllocationMode is set to All, the request fails if there are devices that otherwise match the request, and have this capacity, with a value >= the requested amount, but which cannot be allocated to this request.

        :param requests: Requests represent individual device resource requests for distinct resources, all of which must be provided by the device. This value is used as an additional filtering condition against the available capacity on the device. This is semantically equivalent to a CEL selector with ``device.capacity[<domain>].<name>.compareTo(quantity(<request quantity>)) >= 0``. For example, device.capacity['test-driver.cdi.k8s.io'].counters.compareTo(quantity('2')) >= 0. When a requestPolicy is defined, the requested amount is adjusted upward to the nearest valid value based on the policy. If the requested amount cannot be adjusted to a valid value—because it exceeds what the requestPolicy allows— the device is considered ineligible for allocation. For any capacity that is not explicitly requested: - If no requestPolicy is set, the default consumed capacity is equal to the full device capacity (i.e., the whole device is claimed). - If a requestPolicy is set, the default consumed capacity is determined according to that policy. If the device allows multiple allocation, the aggregated amount across all requests must not exceed the capacity value. The consumed capacity, which may be adjusted based on the requestPolicy if defined, is recorded in the resource claim’s status.devices[*].consumedCapacity field.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb4dc5a292279408c9e2efe05a5184594b0186c21e8274c525c5b411b7265194)
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacityRequests"]]:
        '''Requests represent individual device resource requests for distinct resources, all of which must be provided by the device.

        This value is used as an additional filtering condition against the available capacity on the device. This is semantically equivalent to a CEL selector with ``device.capacity[<domain>].<name>.compareTo(quantity(<request quantity>)) >= 0``. For example, device.capacity['test-driver.cdi.k8s.io'].counters.compareTo(quantity('2')) >= 0.

        When a requestPolicy is defined, the requested amount is adjusted upward to the nearest valid value based on the policy. If the requested amount cannot be adjusted to a valid value—because it exceeds what the requestPolicy allows— the device is considered ineligible for allocation.

        For any capacity that is not explicitly requested: - If no requestPolicy is set, the default consumed capacity is equal to the full device capacity
        (i.e., the whole device is claimed).

        - If a requestPolicy is set, the default consumed capacity is determined according to that policy.

        If the device allows multiple allocation, the aggregated amount across all requests must not exceed the capacity value. The consumed capacity, which may be adjusted based on the requestPolicy if defined, is recorded in the resource claim’s status.devices[*].consumedCapacity field.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacity#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacityRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacityRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacityRequests",
):
    '''
    :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacityRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacityRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd73e1056a5cc80df3c04ba22091025e2381765366e7261156a48fe283f0f784)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacityRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacityRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6cc230fd401b4ef7cf2764386700eeb72151c2f9e32ab13065897ac61e75bbb5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacityRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectors",
    jsii_struct_bases=[],
    name_mapping={"cel": "cel"},
)
class ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectors:
    def __init__(
        self,
        *,
        cel: typing.Optional[typing.Union["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectorsCel", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''DeviceSelector must have exactly one field set.

        :param cel: CEL contains a CEL expression for selecting a device.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectors
        '''
        if isinstance(cel, dict):
            cel = ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectorsCel(**cel)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__219b3dc8b3c336aaa5189483d7af97d61cb954ffb90a5ebeab201e25a0af509d)
            check_type(argname="argument cel", value=cel, expected_type=type_hints["cel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cel is not None:
            self._values["cel"] = cel

    @builtins.property
    def cel(
        self,
    ) -> typing.Optional["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectorsCel"]:
        '''CEL contains a CEL expression for selecting a device.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectors#cel
        '''
        result = self._values.get("cel")
        return typing.cast(typing.Optional["ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectorsCel"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectorsCel",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression"},
)
class ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectorsCel:
    def __init__(self, *, expression: builtins.str) -> None:
        '''CEL contains a CEL expression for selecting a device.

        :param expression: Expression is a CEL expression which evaluates a single device. It must evaluate to true when the device under consideration satisfies the desired criteria, and false when it does not. Any other result is an error and causes allocation of devices to abort. The expression's input is an object named "device", which carries the following properties: - driver (string): the name of the driver which defines this device. - attributes (map[string]object): the device's attributes, grouped by prefix (e.g. device.attributes["dra.example.com"] evaluates to an object with all of the attributes which were prefixed by "dra.example.com". - capacity (map[string]object): the device's capacities, grouped by prefix. - allowMultipleAllocations (bool): the allowMultipleAllocations property of the device (v1.34+ with the DRAConsumableCapacity feature enabled). Example: Consider a device with driver="dra.example.com", which exposes two attributes named "model" and "ext.example.com/family" and which exposes one capacity named "modules". This input to this expression would have the following fields: device.driver device.attributes["dra.example.com"].model device.attributes["ext.example.com"].family device.capacity["dra.example.com"].modules The device.driver field can be used to check for a specific driver, either as a high-level precondition (i.e. you only want to consider devices from this driver) or as part of a multi-clause expression that is meant to consider devices from different drivers. The value type of each attribute is defined by the device definition, and users who write these expressions must consult the documentation for their specific drivers. The value type of each capacity is Quantity. If an unknown prefix is used as a lookup in either device.attributes or device.capacity, an empty map will be returned. Any reference to an unknown field will cause an evaluation error and allocation to abort. A robust expression should check for the existence of attributes before referencing them. For ease of use, the cel.bind() function is enabled, and can be used to simplify expressions that access multiple attributes with the same domain. For example: cel.bind(dra, device.attributes["dra.example.com"], dra.someBool && dra.anotherBool) The length of the expression must be smaller or equal to 10 Ki. The cost of evaluating it is also limited based on the estimated number of logical steps.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectorsCel
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c434ae47ceebc24376b3acbedfb0bd4cd95917a9d3cb5721a8c8a303909550b6)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''Expression is a CEL expression which evaluates a single device.

        It must evaluate to true when the device under consideration satisfies the desired criteria, and false when it does not. Any other result is an error and causes allocation of devices to abort.

        The expression's input is an object named "device", which carries the following properties:

        - driver (string): the name of the driver which defines this device.
        - attributes (map[string]object): the device's attributes, grouped by prefix
          (e.g. device.attributes["dra.example.com"] evaluates to an object with all
          of the attributes which were prefixed by "dra.example.com".
        - capacity (map[string]object): the device's capacities, grouped by prefix.
        - allowMultipleAllocations (bool): the allowMultipleAllocations property of the device
          (v1.34+ with the DRAConsumableCapacity feature enabled).

        Example: Consider a device with driver="dra.example.com", which exposes two attributes named "model" and "ext.example.com/family" and which exposes one capacity named "modules". This input to this expression would have the following fields:

        device.driver
        device.attributes["dra.example.com"].model
        device.attributes["ext.example.com"].family
        device.capacity["dra.example.com"].modules

        The device.driver field can be used to check for a specific driver, either as a high-level precondition (i.e. you only want to consider devices from this driver) or as part of a multi-clause expression that is meant to consider devices from different drivers.

        The value type of each attribute is defined by the device definition, and users who write these expressions must consult the documentation for their specific drivers. The value type of each capacity is Quantity.

        If an unknown prefix is used as a lookup in either device.attributes or device.capacity, an empty map will be returned. Any reference to an unknown field will cause an evaluation error and allocation to abort.

        A robust expression should check for the existence of attributes before referencing them.

        For ease of use, the cel.bind() function is enabled, and can be used to simplify expressions that access multiple attributes with the same domain. For example:

        cel.bind(dra, device.attributes["dra.example.com"], dra.someBool && dra.anotherBool)

        The length of the expression must be smaller or equal to 10 Ki. The cost of evaluating it is also limited based on the estimated number of logical steps.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectorsCel#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectorsCel(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sresource.ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The ResourceClaim this DeviceToleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator .

        :param effect: Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule and NoExecute.
        :param key: Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys. Must be a label name.
        :param operator: Operator represents a key's relationship to the value. Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category. Default: Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category.
        :param toleration_seconds: TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system. If larger than zero, the time when the pod needs to be evicted is calculated as + .
        :param value: Value is the taint value the toleration matches to. If the operator is Exists, the value must be empty, otherwise just a regular string. Must be a label value.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86fd6c7b28be04444ef3e185351659fcea848bae197c721d54ae4bdbb1ce7736)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> typing.Optional[builtins.str]:
        '''Effect indicates the taint effect to match.

        Empty means match all taint effects. When specified, allowed values are NoSchedule and NoExecute.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Key is the taint key that the toleration applies to.

        Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys. Must be a label name.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''Operator represents a key's relationship to the value.

        Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category.

        :default: Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can tolerate all taints of a particular category.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint.

        By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system. If larger than zero, the time when the pod needs to be evicted is calculated as  + .

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value is the taint value the toleration matches to.

        If the operator is Exists, the value must be empty, otherwise just a regular string. Must be a label value.

        :schema: ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "DeviceClass",
    "DeviceClassProps",
    "DeviceClassSpec",
    "DeviceClassSpecConfig",
    "DeviceClassSpecConfigOpaque",
    "DeviceClassSpecSelectors",
    "DeviceClassSpecSelectorsCel",
    "ResourceClaim",
    "ResourceClaimProps",
    "ResourceClaimSpec",
    "ResourceClaimSpecDevices",
    "ResourceClaimSpecDevicesConfig",
    "ResourceClaimSpecDevicesConfigOpaque",
    "ResourceClaimSpecDevicesConstraints",
    "ResourceClaimSpecDevicesRequests",
    "ResourceClaimSpecDevicesRequestsExactly",
    "ResourceClaimSpecDevicesRequestsExactlyCapacity",
    "ResourceClaimSpecDevicesRequestsExactlyCapacityRequests",
    "ResourceClaimSpecDevicesRequestsExactlySelectors",
    "ResourceClaimSpecDevicesRequestsExactlySelectorsCel",
    "ResourceClaimSpecDevicesRequestsExactlyTolerations",
    "ResourceClaimSpecDevicesRequestsFirstAvailable",
    "ResourceClaimSpecDevicesRequestsFirstAvailableCapacity",
    "ResourceClaimSpecDevicesRequestsFirstAvailableCapacityRequests",
    "ResourceClaimSpecDevicesRequestsFirstAvailableSelectors",
    "ResourceClaimSpecDevicesRequestsFirstAvailableSelectorsCel",
    "ResourceClaimSpecDevicesRequestsFirstAvailableTolerations",
    "ResourceClaimTemplate",
    "ResourceClaimTemplateProps",
    "ResourceClaimTemplateSpec",
    "ResourceClaimTemplateSpecMetadata",
    "ResourceClaimTemplateSpecMetadataManagedFields",
    "ResourceClaimTemplateSpecMetadataOwnerReferences",
    "ResourceClaimTemplateSpecSpec",
    "ResourceClaimTemplateSpecSpecDevices",
    "ResourceClaimTemplateSpecSpecDevicesConfig",
    "ResourceClaimTemplateSpecSpecDevicesConfigOpaque",
    "ResourceClaimTemplateSpecSpecDevicesConstraints",
    "ResourceClaimTemplateSpecSpecDevicesRequests",
    "ResourceClaimTemplateSpecSpecDevicesRequestsExactly",
    "ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacity",
    "ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacityRequests",
    "ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectors",
    "ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectorsCel",
    "ResourceClaimTemplateSpecSpecDevicesRequestsExactlyTolerations",
    "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable",
    "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacity",
    "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacityRequests",
    "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectors",
    "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectorsCel",
    "ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableTolerations",
]

publication.publish()

def _typecheckingstub__fe57e4ddbe82510af1b4a67abef9bfded0aca72f86cc5e99cbd2df8d89f8a0ec(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[DeviceClassSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2248fa8e31b27095c844c0523ea0cbc768dbe21e00a57917f9f2c9ed32356acc(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[DeviceClassSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f5001622698658fb3f408ff555b0f1952995683a4fcd5f06b06d8c5387529fd(
    *,
    config: typing.Optional[typing.Sequence[typing.Union[DeviceClassSpecConfig, typing.Dict[builtins.str, typing.Any]]]] = None,
    extended_resource_name: typing.Optional[builtins.str] = None,
    selectors: typing.Optional[typing.Sequence[typing.Union[DeviceClassSpecSelectors, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e696db31aedfc4047f5293fe99c8b4ab8d548ecbb991826329ecdab8f915fc61(
    *,
    opaque: typing.Optional[typing.Union[DeviceClassSpecConfigOpaque, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09802a2c3334bb819762623f16e4dca2e27692018986fb7efaa16f4cb3aa54e4(
    *,
    driver: builtins.str,
    parameters: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5f3c25e0ea2693824bfe1e0b178a9b12a3c1fed963eff0e5d14d34dbb37ecd9(
    *,
    cel: typing.Optional[typing.Union[DeviceClassSpecSelectorsCel, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__115dc058f6a226074b1bb8bfa6b0d01a34615114d378075abff98de67fbece94(
    *,
    expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__76dbd28f9f45f00a82eb2fb803e09bbc6ade44af41ed23a75b01ffa5bfb1b522(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ResourceClaimSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37ed85ea1590fa8f8f1d327d6c0672ae95f6db4133b267823dc19faaa8b44d07(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ResourceClaimSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3fa20de5f949cda76294f1cec7e4d3d92bc9152c6b95b6440c27d9e393803475(
    *,
    devices: typing.Optional[typing.Union[ResourceClaimSpecDevices, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1395c40217b1865d2242fc7bf486222b2ad40fabeae234ed0e2d29d42b0d6b33(
    *,
    config: typing.Optional[typing.Sequence[typing.Union[ResourceClaimSpecDevicesConfig, typing.Dict[builtins.str, typing.Any]]]] = None,
    constraints: typing.Optional[typing.Sequence[typing.Union[ResourceClaimSpecDevicesConstraints, typing.Dict[builtins.str, typing.Any]]]] = None,
    requests: typing.Optional[typing.Sequence[typing.Union[ResourceClaimSpecDevicesRequests, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80c0461d63986b2628ec8a6256f1652370db1b11a61968256cf35b35e03f01dc(
    *,
    opaque: typing.Optional[typing.Union[ResourceClaimSpecDevicesConfigOpaque, typing.Dict[builtins.str, typing.Any]]] = None,
    requests: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45e0174f7cadf3c67a0aacc71480b6c6252d8834e7d866daee56272f8ebc770f(
    *,
    driver: builtins.str,
    parameters: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8db0520cedd493e1e97bdacec31afc66fb8d64fa90d89a5789d6c1ab9242ce48(
    *,
    distinct_attribute: typing.Optional[builtins.str] = None,
    match_attribute: typing.Optional[builtins.str] = None,
    requests: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de4e400de3e84d5725df402ce215ef166c9a850319741da534285311a28bcb7d(
    *,
    name: builtins.str,
    exactly: typing.Optional[typing.Union[ResourceClaimSpecDevicesRequestsExactly, typing.Dict[builtins.str, typing.Any]]] = None,
    first_available: typing.Optional[typing.Sequence[typing.Union[ResourceClaimSpecDevicesRequestsFirstAvailable, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1fa562eeb3fbd6ba31238286462b3f195e0b1d976200407bf16fe887aba64e6d(
    *,
    device_class_name: builtins.str,
    admin_access: typing.Optional[builtins.bool] = None,
    allocation_mode: typing.Optional[builtins.str] = None,
    capacity: typing.Optional[typing.Union[ResourceClaimSpecDevicesRequestsExactlyCapacity, typing.Dict[builtins.str, typing.Any]]] = None,
    count: typing.Optional[jsii.Number] = None,
    selectors: typing.Optional[typing.Sequence[typing.Union[ResourceClaimSpecDevicesRequestsExactlySelectors, typing.Dict[builtins.str, typing.Any]]]] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[ResourceClaimSpecDevicesRequestsExactlyTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c28717172baefef385779105148a404072f1fa177621ce79003de02cb1663ec(
    *,
    requests: typing.Optional[typing.Mapping[builtins.str, ResourceClaimSpecDevicesRequestsExactlyCapacityRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7abdd2679b2939bef4e6768dd7d52403f9f97125c14f00545840d2a163a5ce75(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e73bc7981cde5753c0357b5334f2a76a7e5f924b0529473bc69d8b393aa8441d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6370be027444b210aeaa547a0462120bc3fb577e4f485b8f83bf4148a5d30c2b(
    *,
    cel: typing.Optional[typing.Union[ResourceClaimSpecDevicesRequestsExactlySelectorsCel, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__60161de34a3759644872144a782299a580433c551a9cca0aaf01bfb316bd0986(
    *,
    expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__961509ef0de23d4d4024365ff1dc51f5cb3b0c42dc27db1d4c447e78b4ff3105(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7c9b23cb1dd7a682e0d1b99d1153ac6865ec50af0a47d283c9fc7196deca10e(
    *,
    device_class_name: builtins.str,
    name: builtins.str,
    allocation_mode: typing.Optional[builtins.str] = None,
    capacity: typing.Optional[typing.Union[ResourceClaimSpecDevicesRequestsFirstAvailableCapacity, typing.Dict[builtins.str, typing.Any]]] = None,
    count: typing.Optional[jsii.Number] = None,
    selectors: typing.Optional[typing.Sequence[typing.Union[ResourceClaimSpecDevicesRequestsFirstAvailableSelectors, typing.Dict[builtins.str, typing.Any]]]] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[ResourceClaimSpecDevicesRequestsFirstAvailableTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__315079732c6b4c8971e21c8247883677fe693922dbd712530764dcef42c126ae(
    *,
    requests: typing.Optional[typing.Mapping[builtins.str, ResourceClaimSpecDevicesRequestsFirstAvailableCapacityRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bdce65736c000abaf98a752aeaa8054d14fcff4c7b9f6952e456c3da5ea76364(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dccef155b40f0dc2f320d39ceee106d3e98df98cf443f159b7ae98cab80de558(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7d2d5ff78f985c1c0ab836cac13f3a13091c830168a118b27b93f1c55b8b11e(
    *,
    cel: typing.Optional[typing.Union[ResourceClaimSpecDevicesRequestsFirstAvailableSelectorsCel, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e70cbc56beaf09bc7120cfae64795aceb0209c4db2b9a1b87e6734b9465b54ba(
    *,
    expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab5e205b87e63c0138c44855879f0cb66eb8dbaa663fbf87439c4e61648e2118(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__038ec17e3d7b9fb542bc972f923c6d09236969588f13693e3fdf4fb7e60c5cbd(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ResourceClaimTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce0d8f113db9fd5a63e2cf09e7469342fdf1e882d6c7e3891341b75f507a71e5(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ResourceClaimTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7777dc458eda596065dbba214b55f5a31d762e9258f381f775b4e3e44767f417(
    *,
    spec: typing.Union[ResourceClaimTemplateSpecSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[ResourceClaimTemplateSpecMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d33a7a6323a3923275be9b87729d0f4e8b8416ef61127deb642d6751c54c7cd9(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    creation_timestamp: typing.Optional[datetime.datetime] = None,
    deletion_grace_period_seconds: typing.Optional[jsii.Number] = None,
    deletion_timestamp: typing.Optional[datetime.datetime] = None,
    finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
    generate_name: typing.Optional[builtins.str] = None,
    generation: typing.Optional[jsii.Number] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    managed_fields: typing.Optional[typing.Sequence[typing.Union[ResourceClaimTemplateSpecMetadataManagedFields, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    owner_references: typing.Optional[typing.Sequence[typing.Union[ResourceClaimTemplateSpecMetadataOwnerReferences, typing.Dict[builtins.str, typing.Any]]]] = None,
    resource_version: typing.Optional[builtins.str] = None,
    self_link: typing.Optional[builtins.str] = None,
    uid: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__527d1b5f085c9536dd6eaa648ac2b3ee2bd296646559efa405c656dd7af68745(
    *,
    api_version: typing.Optional[builtins.str] = None,
    fields_type: typing.Optional[builtins.str] = None,
    fields_v1: typing.Any = None,
    manager: typing.Optional[builtins.str] = None,
    operation: typing.Optional[builtins.str] = None,
    subresource: typing.Optional[builtins.str] = None,
    time: typing.Optional[datetime.datetime] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4ff7ce366d689c93e2899fc872621197602e38f2a7ab752a431d515f9136602(
    *,
    api_version: builtins.str,
    kind: builtins.str,
    name: builtins.str,
    uid: builtins.str,
    block_owner_deletion: typing.Optional[builtins.bool] = None,
    controller: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e0a109a8f08f1a188d7e0431103ed608b641ceccee52ddd0616695405bc53a0(
    *,
    devices: typing.Optional[typing.Union[ResourceClaimTemplateSpecSpecDevices, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34966497f97d2d5d38e530c79908d72cbcbb0e0f1193a8b9c67a0af58b7c5d27(
    *,
    config: typing.Optional[typing.Sequence[typing.Union[ResourceClaimTemplateSpecSpecDevicesConfig, typing.Dict[builtins.str, typing.Any]]]] = None,
    constraints: typing.Optional[typing.Sequence[typing.Union[ResourceClaimTemplateSpecSpecDevicesConstraints, typing.Dict[builtins.str, typing.Any]]]] = None,
    requests: typing.Optional[typing.Sequence[typing.Union[ResourceClaimTemplateSpecSpecDevicesRequests, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b63f10055aa687f0e09344f077bdb9119da4c786f2fab0011a36a6fe355526e(
    *,
    opaque: typing.Optional[typing.Union[ResourceClaimTemplateSpecSpecDevicesConfigOpaque, typing.Dict[builtins.str, typing.Any]]] = None,
    requests: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3bc8151ea62184ae7d2e2691254541f186fe852ba5117ea08db18f97f1b2cb37(
    *,
    driver: builtins.str,
    parameters: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7a7ed46c3081dcaca0d03b0d5433e7398550b1cdde9163266779178c7462949(
    *,
    distinct_attribute: typing.Optional[builtins.str] = None,
    match_attribute: typing.Optional[builtins.str] = None,
    requests: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85acf19aade8567b6b3f8372c9b488ca350f128431ced0a2310a3b1cef21a64b(
    *,
    name: builtins.str,
    exactly: typing.Optional[typing.Union[ResourceClaimTemplateSpecSpecDevicesRequestsExactly, typing.Dict[builtins.str, typing.Any]]] = None,
    first_available: typing.Optional[typing.Sequence[typing.Union[ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailable, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f0ff4f5d9236ab55f097d75a91875110dfff2c6ae69a07aca081c6c35896b13(
    *,
    device_class_name: builtins.str,
    admin_access: typing.Optional[builtins.bool] = None,
    allocation_mode: typing.Optional[builtins.str] = None,
    capacity: typing.Optional[typing.Union[ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacity, typing.Dict[builtins.str, typing.Any]]] = None,
    count: typing.Optional[jsii.Number] = None,
    selectors: typing.Optional[typing.Sequence[typing.Union[ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectors, typing.Dict[builtins.str, typing.Any]]]] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[ResourceClaimTemplateSpecSpecDevicesRequestsExactlyTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d78db49606a361f02067a350eaa368bc0c513d9d921a52fc49c4a2b67b397b12(
    *,
    requests: typing.Optional[typing.Mapping[builtins.str, ResourceClaimTemplateSpecSpecDevicesRequestsExactlyCapacityRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f58dd27761aab4a4e2901bea0c7c26ccf6ebdb428eac917351167423c601665(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66795297b1d27558d907721d410a6b90ad2a5e66eef03221fe895369c6642cdf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__558ac721df40b9fd3d81a6b2ed196abed0feb32f8843d7b358a258ae386f6409(
    *,
    cel: typing.Optional[typing.Union[ResourceClaimTemplateSpecSpecDevicesRequestsExactlySelectorsCel, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4075142941f7ab74abf7824c43fde99523bb1e57ce2275420310f40de2651833(
    *,
    expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f5fe38a74bd32c6bef40ccc96933cf24a58bfbf8ddb69c478f3a45403c2b199(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea805831aa2646e0e1bbd9b40da03b7fe01cfb48da3d15c43cd1abe0dbec2e17(
    *,
    device_class_name: builtins.str,
    name: builtins.str,
    allocation_mode: typing.Optional[builtins.str] = None,
    capacity: typing.Optional[typing.Union[ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacity, typing.Dict[builtins.str, typing.Any]]] = None,
    count: typing.Optional[jsii.Number] = None,
    selectors: typing.Optional[typing.Sequence[typing.Union[ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectors, typing.Dict[builtins.str, typing.Any]]]] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb4dc5a292279408c9e2efe05a5184594b0186c21e8274c525c5b411b7265194(
    *,
    requests: typing.Optional[typing.Mapping[builtins.str, ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableCapacityRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd73e1056a5cc80df3c04ba22091025e2381765366e7261156a48fe283f0f784(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cc230fd401b4ef7cf2764386700eeb72151c2f9e32ab13065897ac61e75bbb5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__219b3dc8b3c336aaa5189483d7af97d61cb954ffb90a5ebeab201e25a0af509d(
    *,
    cel: typing.Optional[typing.Union[ResourceClaimTemplateSpecSpecDevicesRequestsFirstAvailableSelectorsCel, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c434ae47ceebc24376b3acbedfb0bd4cd95917a9d3cb5721a8c8a303909550b6(
    *,
    expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86fd6c7b28be04444ef3e185351659fcea848bae197c721d54ae4bdbb1ce7736(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
