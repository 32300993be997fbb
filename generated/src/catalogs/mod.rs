// @generated from the list of catalogs/ by `cargo xtask generate`. Do not edit: change the source and rerun.

/// Alibaba Cloud KMS: error codes.
#[cfg(feature = "alibaba_kms")]
#[cfg_attr(docsrs, doc(cfg(feature = "alibaba_kms")))]
#[path = "alibaba_kms.rs"]
pub mod alibaba_kms;
/// IBM Cloud VPC instance metadata: error codes.
#[cfg(feature = "ibm_vpc_metadata")]
#[cfg_attr(docsrs, doc(cfg(feature = "ibm_vpc_metadata")))]
#[path = "ibm_vpc_metadata.rs"]
pub mod ibm_vpc_metadata;
/// Oracle Cloud Infrastructure: error codes.
#[cfg(feature = "oci")]
#[cfg_attr(docsrs, doc(cfg(feature = "oci")))]
#[path = "oci.rs"]
pub mod oci;
/// Tencent Cloud API 3.0: error codes.
#[cfg(feature = "tencent")]
#[cfg_attr(docsrs, doc(cfg(feature = "tencent")))]
#[path = "tencent.rs"]
pub mod tencent;
/// TencentDB for Redis: error codes.
#[cfg(feature = "tencent_redis")]
#[cfg_attr(docsrs, doc(cfg(feature = "tencent_redis")))]
#[path = "tencent_redis.rs"]
pub mod tencent_redis;
