// @generated from catalogs/tencent/ga2.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud GA2: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud GA2: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.CreateGlobalAcceleratorFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create global accelerator failed.
    FailedOperationCreateGlobalAcceleratorFailed,
    /// `FailedOperation.InsufficientResources`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: insufficient resources.
    FailedOperationInsufficientResources,
    /// `InvalidParameter.ApplicationLayerListenerCannotCarryParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: application layer listener cannot carry parameters.
    InvalidParameterApplicationLayerListenerCannotCarryParameters,
    /// `InvalidParameter.ClientAffinityCLose`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: client affinity c lose.
    InvalidParameterClientAffinityCLose,
    /// `InvalidParameter.DisableHealthCheckNotCarryParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: disable health check not carry parameters.
    InvalidParameterDisableHealthCheckNotCarryParameters,
    /// `InvalidParameter.EnableHealthCheckNotCarryParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: enable health check not carry parameters.
    InvalidParameterEnableHealthCheckNotCarryParameters,
    /// `InvalidParameter.EndpointGroupCheckTypeHttpCarryParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: endpoint group check type http carry parameters.
    InvalidParameterEndpointGroupCheckTypeHttpCarryParameters,
    /// `InvalidParameter.HttpListenerCannotCarryParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: http listener cannot carry parameters.
    InvalidParameterHttpListenerCannotCarryParameters,
    /// `InvalidParameter.HttpsListenerCannotCarryParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: https listener cannot carry parameters.
    InvalidParameterHttpsListenerCannotCarryParameters,
    /// `InvalidParameter.HttpsOriginServerProtocolSupportsParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: https origin server protocol supports parameters.
    InvalidParameterHttpsOriginServerProtocolSupportsParameters,
    /// `InvalidParameter.InputDuplicateWithExistingData`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: input duplicate with existing data.
    InvalidParameterInputDuplicateWithExistingData,
    /// `InvalidParameter.InputMustExistOne`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: input must exist one.
    InvalidParameterInputMustExistOne,
    /// `InvalidParameter.InputOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: input out of range.
    InvalidParameterInputOutOfRange,
    /// `InvalidParameter.InputRepeat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: input repeat.
    InvalidParameterInputRepeat,
    /// `InvalidParameter.OnlyEndpointGroupCheckTypeHttpCarryParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: only endpoint group check type http carry parameters.
    InvalidParameterOnlyEndpointGroupCheckTypeHttpCarryParameters,
    /// `InvalidParameter.SinglePort`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: single port.
    InvalidParameterSinglePort,
    /// `InvalidParameter.TcpEndpointGroupCannotCarryParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tcp endpoint group cannot carry parameters.
    InvalidParameterTcpEndpointGroupCannotCarryParameters,
    /// `InvalidParameter.TcpEndpointGroupCarryParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tcp endpoint group carry parameters.
    InvalidParameterTcpEndpointGroupCarryParameters,
    /// `InvalidParameter.TransportLayerEndpointGroupCannotCarryParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: transport layer endpoint group cannot carry parameters.
    InvalidParameterTransportLayerEndpointGroupCannotCarryParameters,
    /// `InvalidParameter.TransportLayerListenerCannotCarryParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: transport layer listener cannot carry parameters.
    InvalidParameterTransportLayerListenerCannotCarryParameters,
    /// `InvalidParameter.UdpEndpointGroupCannotCarryParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: udp endpoint group cannot carry parameters.
    InvalidParameterUdpEndpointGroupCannotCarryParameters,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AsciiCharacters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ascii characters.
    InvalidParameterValueAsciiCharacters,
    /// `InvalidParameterValue.CertificatesConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: certificates conflict.
    InvalidParameterValueCertificatesConflict,
    /// `InvalidParameterValue.Empty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: empty.
    InvalidParameterValueEmpty,
    /// `InvalidParameterValue.ForwardingPolicyHostConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: forwarding policy host conflict.
    InvalidParameterValueForwardingPolicyHostConflict,
    /// `InvalidParameterValue.ForwardingRulePathConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: forwarding rule path conflict.
    InvalidParameterValueForwardingRulePathConflict,
    /// `InvalidParameterValue.InstanceMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance mismatch.
    InvalidParameterValueInstanceMismatch,
    /// `InvalidParameterValue.InstanceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance name.
    InvalidParameterValueInstanceName,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.ListenerPortNotEqual`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: listener port not equal.
    InvalidParameterValueListenerPortNotEqual,
    /// `InvalidParameterValue.LogTaskLocatedError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: log task located error.
    InvalidParameterValueLogTaskLocatedError,
    /// `InvalidParameterValue.LogsetNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: logset not exist.
    InvalidParameterValueLogsetNotExist,
    /// `InvalidParameterValue.Malformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: malformed.
    InvalidParameterValueMalformed,
    /// `InvalidParameterValue.NotMappingManyPort`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not mapping many port.
    InvalidParameterValueNotMappingManyPort,
    /// `InvalidParameterValue.NotWithinPublicNetwork`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not within public network.
    InvalidParameterValueNotWithinPublicNetwork,
    /// `InvalidParameterValue.Range`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: range.
    InvalidParameterValueRange,
    /// `InvalidParameterValue.SegmentPortRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: segment port range.
    InvalidParameterValueSegmentPortRange,
    /// `InvalidParameterValue.SpecialCharacters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: special characters.
    InvalidParameterValueSpecialCharacters,
    /// `InvalidParameterValue.SpecificCharacters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: specific characters.
    InvalidParameterValueSpecificCharacters,
    /// `InvalidParameterValue.TaskNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: task not found.
    InvalidParameterValueTaskNotFound,
    /// `InvalidParameterValue.TcpSeriesListenerPortEqual`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tcp series listener port equal.
    InvalidParameterValueTcpSeriesListenerPortEqual,
    /// `InvalidParameterValue.ThirdAreaListenerPortEqual`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: third area listener port equal.
    InvalidParameterValueThirdAreaListenerPortEqual,
    /// `InvalidParameterValue.ThirdAreaListenerPortSegment`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: third area listener port segment.
    InvalidParameterValueThirdAreaListenerPortSegment,
    /// `InvalidParameterValue.TooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too long.
    InvalidParameterValueTooLong,
    /// `InvalidParameterValue.UdpSeriesListenerPortEqual`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: udp series listener port equal.
    InvalidParameterValueUdpSeriesListenerPortEqual,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.ApplicationLayerEndpointGroupParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: application layer endpoint group parameter.
    MissingParameterApplicationLayerEndpointGroupParameter,
    /// `MissingParameter.CustomCheckTypeParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: custom check type parameter.
    MissingParameterCustomCheckTypeParameter,
    /// `MissingParameter.EnableHealthCheckParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: enable health check parameter.
    MissingParameterEnableHealthCheckParameter,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `UnsupportedOperation.AccelerateRegionRepeat`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: accelerate region repeat.
    UnsupportedOperationAccelerateRegionRepeat,
    /// `UnsupportedOperation.AccessLog`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: access log.
    UnsupportedOperationAccessLog,
    /// `UnsupportedOperation.AccountFrozen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: account frozen.
    UnsupportedOperationAccountFrozen,
    /// `UnsupportedOperation.AlreadyEnableCrossBorder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: already enable cross border.
    UnsupportedOperationAlreadyEnableCrossBorder,
    /// `UnsupportedOperation.ApplicationLayerEndpointGroupNotDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: application layer endpoint group not delete.
    UnsupportedOperationApplicationLayerEndpointGroupNotDelete,
    /// `UnsupportedOperation.BillingFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: billing failed.
    UnsupportedOperationBillingFailed,
    /// `UnsupportedOperation.CaCertificatesOperate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ca certificates operate.
    UnsupportedOperationCaCertificatesOperate,
    /// `UnsupportedOperation.CertificateInvalidStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: certificate invalid status.
    UnsupportedOperationCertificateInvalidStatus,
    /// `UnsupportedOperation.CrossBorderPromiseNotSigned`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cross border promise not signed.
    UnsupportedOperationCrossBorderPromiseNotSigned,
    /// `UnsupportedOperation.CurrentAccountNotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: current account not allowed.
    UnsupportedOperationCurrentAccountNotAllowed,
    /// `UnsupportedOperation.DefaultCertificatesOperate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: default certificates operate.
    UnsupportedOperationDefaultCertificatesOperate,
    /// `UnsupportedOperation.DefaultEndpointGroupModify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: default endpoint group modify.
    UnsupportedOperationDefaultEndpointGroupModify,
    /// `UnsupportedOperation.DefaultForwardingPolicyOperate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: default forwarding policy operate.
    UnsupportedOperationDefaultForwardingPolicyOperate,
    /// `UnsupportedOperation.DefaultForwardingRuleOperate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: default forwarding rule operate.
    UnsupportedOperationDefaultForwardingRuleOperate,
    /// `UnsupportedOperation.DomainMismatched`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: domain mismatched.
    UnsupportedOperationDomainMismatched,
    /// `UnsupportedOperation.DuplicateInstanceStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: duplicate instance status.
    UnsupportedOperationDuplicateInstanceStatus,
    /// `UnsupportedOperation.EnableCrossBorder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: enable cross border.
    UnsupportedOperationEnableCrossBorder,
    /// `UnsupportedOperation.ExistAcceleratorArea`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist accelerator area.
    UnsupportedOperationExistAcceleratorArea,
    /// `UnsupportedOperation.ExistAcceptAclPolicy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist accept acl policy.
    UnsupportedOperationExistAcceptAclPolicy,
    /// `UnsupportedOperation.ExistAccessLog`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist access log.
    UnsupportedOperationExistAccessLog,
    /// `UnsupportedOperation.ExistDropAcceptAclRule`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist drop accept acl rule.
    UnsupportedOperationExistDropAcceptAclRule,
    /// `UnsupportedOperation.ExistEndpointGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist endpoint group.
    UnsupportedOperationExistEndpointGroup,
    /// `UnsupportedOperation.ExistForwardingRule`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist forwarding rule.
    UnsupportedOperationExistForwardingRule,
    /// `UnsupportedOperation.ExistGlobalAcceleratorAclPolicy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist global accelerator acl policy.
    UnsupportedOperationExistGlobalAcceleratorAclPolicy,
    /// `UnsupportedOperation.ExistListener`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist listener.
    UnsupportedOperationExistListener,
    /// `UnsupportedOperation.ExistThirdPartyNodes`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist third party nodes.
    UnsupportedOperationExistThirdPartyNodes,
    /// `UnsupportedOperation.ForwardGroupForwardingRuleUnsupportedDefaultEndpointGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: forward group forwarding rule unsupported default endpoint group.
    UnsupportedOperationForwardGroupForwardingRuleUnsupportedDefaultEndpointGroup,
    /// `UnsupportedOperation.HttpVersionInconsistent`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: http version inconsistent.
    UnsupportedOperationHttpVersionInconsistent,
    /// `UnsupportedOperation.InstanceNotRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance not running.
    UnsupportedOperationInstanceNotRunning,
    /// `UnsupportedOperation.InstanceStateNotAllowedOperate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state not allowed operate.
    UnsupportedOperationInstanceStateNotAllowedOperate,
    /// `UnsupportedOperation.InsufficientFunds`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: insufficient funds.
    UnsupportedOperationInsufficientFunds,
    /// `UnsupportedOperation.InternalEndpointFeatureNotEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: internal endpoint feature not enabled.
    UnsupportedOperationInternalEndpointFeatureNotEnabled,
    /// `UnsupportedOperation.Ipv6NotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ipv6 not support.
    UnsupportedOperationIpv6NotSupport,
    /// `UnsupportedOperation.ListenerPortSegment`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: listener port segment.
    UnsupportedOperationListenerPortSegment,
    /// `UnsupportedOperation.NotAuthorization`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not authorization.
    UnsupportedOperationNotAuthorization,
    /// `UnsupportedOperation.NotSetCrossBorderType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not set cross border type.
    UnsupportedOperationNotSetCrossBorderType,
    /// `UnsupportedOperation.OnlyTcpListenerSupportToa`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: only tcp listener support toa.
    UnsupportedOperationOnlyTcpListenerSupportToa,
    /// `UnsupportedOperation.RequestParametersError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: request parameters error.
    UnsupportedOperationRequestParametersError,
    /// `UnsupportedOperation.SameDomain`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: same domain.
    UnsupportedOperationSameDomain,
    /// `UnsupportedOperation.SamePublicIp`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: same public ip.
    UnsupportedOperationSamePublicIp,
    /// `UnsupportedOperation.TOAFeatureNotEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: TOA feature not enabled.
    UnsupportedOperationToaFeatureNotEnabled,
    /// `UnsupportedOperation.ThreeNetworksAccelerateAreas`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: three networks accelerate areas.
    UnsupportedOperationThreeNetworksAccelerateAreas,
    /// `UnsupportedOperation.ThreeNetworksEndpointGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: three networks endpoint group.
    UnsupportedOperationThreeNetworksEndpointGroup,
    /// `UnsupportedOperation.TransportLayerUnsupportedOperateForwardingPolicy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: transport layer unsupported operate forwarding policy.
    UnsupportedOperationTransportLayerUnsupportedOperateForwardingPolicy,
    /// `UnsupportedOperation.UnableCreateThirdPartyNodes`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unable create third party nodes.
    UnsupportedOperationUnableCreateThirdPartyNodes,
    /// `UnsupportedOperation.UnableCrossBorder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unable cross border.
    UnsupportedOperationUnableCrossBorder,
    /// `UnsupportedOperation.VirtualEndpointGroupUnsupportedTcpAndUdp`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: virtual endpoint group unsupported tcp and udp.
    UnsupportedOperationVirtualEndpointGroupUnsupportedTcpAndUdp,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 99] = [
        "FailedOperation.CreateGlobalAcceleratorFailed",
        "FailedOperation.InsufficientResources",
        "InvalidParameter.ApplicationLayerListenerCannotCarryParameters",
        "InvalidParameter.ClientAffinityCLose",
        "InvalidParameter.DisableHealthCheckNotCarryParameters",
        "InvalidParameter.EnableHealthCheckNotCarryParameters",
        "InvalidParameter.EndpointGroupCheckTypeHttpCarryParameters",
        "InvalidParameter.HttpListenerCannotCarryParameters",
        "InvalidParameter.HttpsListenerCannotCarryParameters",
        "InvalidParameter.HttpsOriginServerProtocolSupportsParameters",
        "InvalidParameter.InputDuplicateWithExistingData",
        "InvalidParameter.InputMustExistOne",
        "InvalidParameter.InputOutOfRange",
        "InvalidParameter.InputRepeat",
        "InvalidParameter.OnlyEndpointGroupCheckTypeHttpCarryParameters",
        "InvalidParameter.SinglePort",
        "InvalidParameter.TcpEndpointGroupCannotCarryParameters",
        "InvalidParameter.TcpEndpointGroupCarryParameters",
        "InvalidParameter.TransportLayerEndpointGroupCannotCarryParameters",
        "InvalidParameter.TransportLayerListenerCannotCarryParameters",
        "InvalidParameter.UdpEndpointGroupCannotCarryParameters",
        "InvalidParameterValue",
        "InvalidParameterValue.AsciiCharacters",
        "InvalidParameterValue.CertificatesConflict",
        "InvalidParameterValue.Empty",
        "InvalidParameterValue.ForwardingPolicyHostConflict",
        "InvalidParameterValue.ForwardingRulePathConflict",
        "InvalidParameterValue.InstanceMismatch",
        "InvalidParameterValue.InstanceName",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.ListenerPortNotEqual",
        "InvalidParameterValue.LogTaskLocatedError",
        "InvalidParameterValue.LogsetNotExist",
        "InvalidParameterValue.Malformed",
        "InvalidParameterValue.NotMappingManyPort",
        "InvalidParameterValue.NotWithinPublicNetwork",
        "InvalidParameterValue.Range",
        "InvalidParameterValue.SegmentPortRange",
        "InvalidParameterValue.SpecialCharacters",
        "InvalidParameterValue.SpecificCharacters",
        "InvalidParameterValue.TaskNotFound",
        "InvalidParameterValue.TcpSeriesListenerPortEqual",
        "InvalidParameterValue.ThirdAreaListenerPortEqual",
        "InvalidParameterValue.ThirdAreaListenerPortSegment",
        "InvalidParameterValue.TooLong",
        "InvalidParameterValue.UdpSeriesListenerPortEqual",
        "LimitExceeded",
        "MissingParameter",
        "MissingParameter.ApplicationLayerEndpointGroupParameter",
        "MissingParameter.CustomCheckTypeParameter",
        "MissingParameter.EnableHealthCheckParameter",
        "ResourceNotFound",
        "UnsupportedOperation.AccelerateRegionRepeat",
        "UnsupportedOperation.AccessLog",
        "UnsupportedOperation.AccountFrozen",
        "UnsupportedOperation.AlreadyEnableCrossBorder",
        "UnsupportedOperation.ApplicationLayerEndpointGroupNotDelete",
        "UnsupportedOperation.BillingFailed",
        "UnsupportedOperation.CaCertificatesOperate",
        "UnsupportedOperation.CertificateInvalidStatus",
        "UnsupportedOperation.CrossBorderPromiseNotSigned",
        "UnsupportedOperation.CurrentAccountNotAllowed",
        "UnsupportedOperation.DefaultCertificatesOperate",
        "UnsupportedOperation.DefaultEndpointGroupModify",
        "UnsupportedOperation.DefaultForwardingPolicyOperate",
        "UnsupportedOperation.DefaultForwardingRuleOperate",
        "UnsupportedOperation.DomainMismatched",
        "UnsupportedOperation.DuplicateInstanceStatus",
        "UnsupportedOperation.EnableCrossBorder",
        "UnsupportedOperation.ExistAcceleratorArea",
        "UnsupportedOperation.ExistAcceptAclPolicy",
        "UnsupportedOperation.ExistAccessLog",
        "UnsupportedOperation.ExistDropAcceptAclRule",
        "UnsupportedOperation.ExistEndpointGroup",
        "UnsupportedOperation.ExistForwardingRule",
        "UnsupportedOperation.ExistGlobalAcceleratorAclPolicy",
        "UnsupportedOperation.ExistListener",
        "UnsupportedOperation.ExistThirdPartyNodes",
        "UnsupportedOperation.ForwardGroupForwardingRuleUnsupportedDefaultEndpointGroup",
        "UnsupportedOperation.HttpVersionInconsistent",
        "UnsupportedOperation.InstanceNotRunning",
        "UnsupportedOperation.InstanceStateNotAllowedOperate",
        "UnsupportedOperation.InsufficientFunds",
        "UnsupportedOperation.InternalEndpointFeatureNotEnabled",
        "UnsupportedOperation.Ipv6NotSupport",
        "UnsupportedOperation.ListenerPortSegment",
        "UnsupportedOperation.NotAuthorization",
        "UnsupportedOperation.NotSetCrossBorderType",
        "UnsupportedOperation.OnlyTcpListenerSupportToa",
        "UnsupportedOperation.RequestParametersError",
        "UnsupportedOperation.SameDomain",
        "UnsupportedOperation.SamePublicIp",
        "UnsupportedOperation.TOAFeatureNotEnabled",
        "UnsupportedOperation.ThreeNetworksAccelerateAreas",
        "UnsupportedOperation.ThreeNetworksEndpointGroup",
        "UnsupportedOperation.TransportLayerUnsupportedOperateForwardingPolicy",
        "UnsupportedOperation.UnableCreateThirdPartyNodes",
        "UnsupportedOperation.UnableCrossBorder",
        "UnsupportedOperation.VirtualEndpointGroupUnsupportedTcpAndUdp",
    ];
    static NAME_CODES: [u32; 1] = [92];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "UnsupportedOperationToaFeatureNotEnabled",
        ends: &[0, 40],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: create global accelerator failed.The operation failed: insufficient resources.A parameter is invalid: application layer listener cannot carry parameters.A parameter is invalid: client affinity c lose.A parameter is invalid: disable health check not carry parameters.A parameter is invalid: enable health check not carry parameters.A parameter is invalid: endpoint group check type http carry parameters.A parameter is invalid: http listener cannot carry parameters.A parameter is invalid: https listener cannot carry parameters.A parameter is invalid: https origin server protocol supports parameters.A parameter is invalid: input duplicate with existing data.A parameter is invalid: input must exist one.A parameter is invalid: input out of range.A parameter is invalid: input repeat.A parameter is invalid: only endpoint group check type http carry parameters.A parameter is invalid: single port.A parameter is invalid: tcp endpoint group cannot carry parameters.A parameter is invalid: tcp endpoint group carry parameters.A parameter is invalid: transport layer endpoint group cannot carry parameters.A parameter is invalid: transport layer listener cannot carry parameters.A parameter is invalid: udp endpoint group cannot carry parameters.A parameter value is invalid.A parameter value is invalid: ascii characters.A parameter value is invalid: certificates conflict.A parameter value is invalid: empty.A parameter value is invalid: forwarding policy host conflict.A parameter value is invalid: forwarding rule path conflict.A parameter value is invalid: instance mismatch.A parameter value is invalid: instance name.A parameter value is invalid: limit exceeded.A parameter value is invalid: listener port not equal.A parameter value is invalid: log task located error.A parameter value is invalid: logset not exist.A parameter value is invalid: malformed.A parameter value is invalid: not mapping many port.A parameter value is invalid: not within public network.A parameter value is invalid: range.A parameter value is invalid: segment port range.A parameter value is invalid: special characters.A parameter value is invalid: specific characters.A parameter value is invalid: task not found.A parameter value is invalid: tcp series listener port equal.A parameter value is invalid: third area listener port equal.A parameter value is invalid: third area listener port segment.A parameter value is invalid: too long.A parameter value is invalid: udp series listener port equal.A limit was exceeded.A required parameter is missing.A required parameter is missing: application layer endpoint group parameter.A required parameter is missing: custom check type parameter.A required parameter is missing: enable health check parameter.The resource was not found.The operation is not supported: accelerate region repeat.The operation is not supported: access log.The operation is not supported: account frozen.The operation is not supported: already enable cross border.The operation is not supported: application layer endpoint group not delete.The operation is not supported: billing failed.The operation is not supported: ca certificates operate.The operation is not supported: certificate invalid status.The operation is not supported: cross border promise not signed.The operation is not supported: current account not allowed.The operation is not supported: default certificates operate.The operation is not supported: default endpoint group modify.The operation is not supported: default forwarding policy operate.The operation is not supported: default forwarding rule operate.The operation is not supported: domain mismatched.The operation is not supported: duplicate instance status.The operation is not supported: enable cross border.The operation is not supported: exist accelerator area.The operation is not supported: exist accept acl policy.The operation is not supported: exist access log.The operation is not supported: exist drop accept acl rule.The operation is not supported: exist endpoint group.The operation is not supported: exist forwarding rule.The operation is not supported: exist global accelerator acl policy.The operation is not supported: exist listener.The operation is not supported: exist third party nodes.The operation is not supported: forward group forwarding rule unsupported default endpoint group.The operation is not supported: http version inconsistent.The operation is not supported: instance not running.The operation is not supported: instance state not allowed operate.The operation is not supported: insufficient funds.The operation is not supported: internal endpoint feature not enabled.The operation is not supported: ipv6 not support.The operation is not supported: listener port segment.The operation is not supported: not authorization.The operation is not supported: not set cross border type.The operation is not supported: only tcp listener support toa.The operation is not supported: request parameters error.The operation is not supported: same domain.The operation is not supported: same public ip.The operation is not supported: TOA feature not enabled.The operation is not supported: three networks accelerate areas.The operation is not supported: three networks endpoint group.The operation is not supported: transport layer unsupported operate forwarding policy.The operation is not supported: unable create third party nodes.The operation is not supported: unable cross border.The operation is not supported: virtual endpoint group unsupported tcp and udp.",
        ends: &[
            0, 55, 100, 175, 222, 288, 353, 425, 487, 550, 623, 682, 727, 770, 807, 884,
            920, 987, 1047, 1126, 1199, 1266, 1295, 1342, 1394, 1430, 1492, 1552, 1600,
            1644, 1689, 1743, 1796, 1843, 1883, 1935, 1991, 2027, 2076, 2125, 2175, 2220,
            2281, 2342, 2405, 2444, 2505, 2526, 2558, 2634, 2695, 2758, 2785, 2842, 2885,
            2932, 2992, 3068, 3115, 3171, 3230, 3294, 3354, 3415, 3477, 3543, 3607, 3657,
            3715, 3767, 3822, 3878, 3927, 3986, 4039, 4093, 4161, 4208, 4264, 4361, 4419,
            4472, 4539, 4590, 4660, 4709, 4763, 4813, 4871, 4933, 4990, 5034, 5081, 5137,
            5201, 5263, 5349, 5413, 5465, 5544,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 99] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 99] = ::cloud_errors::__private::category_column(
        b"iicccccccccccccccccccccccccccccccccccccccccccchcccceiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
    );
    static PILOTS: [u16; 25] = [
        0, 2, 6, 2, 2, 2, 4, 1, 1, 62, 46, 0, 0, 29, 0, 5, 8, 8, 4, 80, 46, 64, 62, 120,
        22,
    ];
    static SLOTS: [(&str, u32); 110] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            60, 89, 33, 64, 3, 50, 16, 52, 86, 81, 55, 4, 62, 36, 8, 44, 4294967295, 78,
            4294967295, 28, 56, 77, 49, 4294967295, 94, 30, 90, 80, 4294967295, 72, 32,
            92, 24, 4294967295, 4294967295, 14, 29, 51, 46, 12, 35, 41, 23, 17, 19, 95,
            79, 88, 10, 96, 4294967295, 4294967295, 25, 40, 76, 57, 69, 42, 26, 1, 39,
            58, 74, 43, 45, 65, 5, 84, 4294967295, 7, 68, 48, 22, 71, 59, 4294967295, 61,
            38, 75, 93, 83, 27, 18, 66, 63, 0, 91, 21, 97, 11, 87, 34, 9, 82, 31,
            4294967295, 20, 85, 70, 47, 37, 6, 15, 13, 67, 54, 73, 53, 2, 98,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
        retry: &RETRY,
        category: &CATEGORY,
        first_locale: ::cloud_errors::Locale::En,
        index: ::cloud_errors::__private::PerfectHash {
            seed: 0,
            pilots: &PILOTS,
            slots: &SLOTS,
        },
        ..::cloud_errors::__private::Table::EMPTY
    };
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::tencent::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Tencent Cloud GA2";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud GA2's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud GA2: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
