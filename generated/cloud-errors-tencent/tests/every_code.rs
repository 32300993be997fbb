// @generated from the list of catalogs/ by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Every code of every catalog of `cloud-errors-tencent` is a known code of its module, whose `code()`
//! round-trips and whose statuses and retry class are the catalog's; written with `to_response()`,
//! bare and with a message and request id, it reads back as the same error; every code of the
//! base catalog a module does not redefine keeps its retry class there; the family rules hold for
//! every code: those starting with a prefix of `RETRYABLE` are retryable, of `FINAL` not.
#![cfg(feature = "all-products")]

use std::collections::HashMap;

use cloud_errors::{ProviderCode, ProviderError, Retry};

type Catalogs = HashMap<String, Vec<(String, Vec<u16>, Retry)>>;

/// The base catalogs' family rules checked on every code.
const RETRYABLE: &[&str] = &["RequestLimitExceeded"];
const FINAL: &[&str] = &["InvalidParameter", "MissingParameter"];

/// Written by `to_response()` and read back by `from_response()`: the same error, field by field.
fn round_trip<C: ProviderCode>(error: &ProviderError<C>, module: &str, wire: &str) {
    let back = ProviderError::<C>::from_response(&error.to_response());
    assert_eq!(
        back.code().code(),
        wire,
        "{module}: `{wire}` written and read back"
    );
    assert_eq!(back.status(), error.status(), "{module}: `{wire}`");
    assert_eq!(back.message(), error.message(), "{module}: `{wire}`");
    assert_eq!(back.request_id(), error.request_id(), "{module}: `{wire}`");
    assert_eq!(&back, error, "{module}: `{wire}` written and read back");
}

fn check<C: ProviderCode>(catalogs: &Catalogs, bases: &Catalogs, module: &str, base: Option<&str>) {
    let codes = &catalogs[module];
    let known: Vec<String> = C::known().map(|code| code.code().to_owned()).collect();
    let wires: Vec<String> = codes.iter().map(|(wire, _, _)| wire.clone()).collect();
    assert_eq!(
        known, wires,
        "{module}: the module's codes are the catalog's, in order"
    );
    for (wire, statuses, retry) in codes {
        let code = C::from_known_code(wire).unwrap_or_else(|| panic!("{module}: `{wire}` is unknown"));
        assert_eq!(code.code(), wire, "{module}");
        assert_eq!(code.http_statuses(), statuses.as_slice(), "{module}: `{wire}`");
        assert_eq!(code.retry(), *retry, "{module}: `{wire}`");
        if RETRYABLE.iter().any(|prefix| wire.starts_with(prefix)) {
            assert!(code.is_retryable(), "{module}: `{wire}` must be retryable");
        }
        if FINAL.iter().any(|prefix| wire.starts_with(prefix)) {
            assert!(!code.is_retryable(), "{module}: `{wire}` must not be retryable");
        }
        round_trip(&ProviderError::new(code), module, wire);
        let written = ProviderError::new(C::from_code(wire))
            .with_message("quote \" backslash \\ newline \n 漢字")
            .with_request_id("0B2F6D4E-1C3A-4B5D-8E7F-9A0B1C2D3E4F");
        round_trip(&written, module, wire);
    }
    let Some(base) = base.map(|base| &bases[base]) else {
        return;
    };
    for (wire, _, retry) in base {
        if codes.iter().all(|(own, _, _)| own != wire) {
            let code = C::from_code(wire);
            assert_eq!(code.code(), wire, "{module}: the base's `{wire}`");
            assert_eq!(code.retry(), *retry, "{module}: the base's `{wire}`");
        }
    }
}

// One line per catalog, however long: rustfmt would wrap some and `generate --check` then fail.
#[rustfmt::skip]
#[test]
fn every_code_of_every_catalog_is_known_and_round_trips() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let workspace = cloud_errors_codegen::generate_workspace(&root).unwrap_or_else(|error| panic!("{error}"));
    let read = |name: &str| -> Catalogs {
        let generated = workspace
            .crates
            .iter()
            .find(|generated| generated.name == name)
            .expect("the crate's catalogs");
        generated
            .catalogs
            .iter()
            .map(|catalog| {
                let codes = catalog
                    .codes
                    .iter()
                    .map(|code| (code.wire.clone(), code.statuses.clone(), code.retry))
                    .collect();
                (catalog.module.clone(), codes)
            })
            .collect()
    };
    let (catalogs, bases) = (read("cloud-errors-tencent"), read("cloud-errors"));
    assert_eq!(catalogs.len(), 282, "one line below per catalog");
    check::<cloud_errors_tencent::aai::Code>(&catalogs, &bases, "aai", Some("tencent"));
    check::<cloud_errors_tencent::aca::Code>(&catalogs, &bases, "aca", Some("tencent"));
    check::<cloud_errors_tencent::acp::Code>(&catalogs, &bases, "acp", Some("tencent"));
    check::<cloud_errors_tencent::adp::Code>(&catalogs, &bases, "adp", Some("tencent"));
    check::<cloud_errors_tencent::advisor::Code>(&catalogs, &bases, "advisor", Some("tencent"));
    check::<cloud_errors_tencent::af::Code>(&catalogs, &bases, "af", Some("tencent"));
    check::<cloud_errors_tencent::afc::Code>(&catalogs, &bases, "afc", Some("tencent"));
    check::<cloud_errors_tencent::ags::Code>(&catalogs, &bases, "ags", Some("tencent"));
    check::<cloud_errors_tencent::aiart::Code>(&catalogs, &bases, "aiart", Some("tencent"));
    check::<cloud_errors_tencent::alb::Code>(&catalogs, &bases, "alb", Some("tencent"));
    check::<cloud_errors_tencent::ame::Code>(&catalogs, &bases, "ame", Some("tencent"));
    check::<cloud_errors_tencent::ams_v20200608::Code>(&catalogs, &bases, "ams_v20200608", Some("tencent"));
    check::<cloud_errors_tencent::ams_v20201229::Code>(&catalogs, &bases, "ams_v20201229", Some("tencent"));
    check::<cloud_errors_tencent::anicloud::Code>(&catalogs, &bases, "anicloud", Some("tencent"));
    check::<cloud_errors_tencent::antiddos_v20200309::Code>(&catalogs, &bases, "antiddos_v20200309", Some("tencent"));
    check::<cloud_errors_tencent::antiddos_v20250903::Code>(&catalogs, &bases, "antiddos_v20250903", Some("tencent"));
    check::<cloud_errors_tencent::ape::Code>(&catalogs, &bases, "ape", Some("tencent"));
    check::<cloud_errors_tencent::api::Code>(&catalogs, &bases, "api", Some("tencent"));
    check::<cloud_errors_tencent::apigateway::Code>(&catalogs, &bases, "apigateway", Some("tencent"));
    check::<cloud_errors_tencent::apm::Code>(&catalogs, &bases, "apm", Some("tencent"));
    check::<cloud_errors_tencent::as_::Code>(&catalogs, &bases, "as_", Some("tencent"));
    check::<cloud_errors_tencent::asr::Code>(&catalogs, &bases, "asr", Some("tencent"));
    check::<cloud_errors_tencent::asw::Code>(&catalogs, &bases, "asw", Some("tencent"));
    check::<cloud_errors_tencent::ba::Code>(&catalogs, &bases, "ba", Some("tencent"));
    check::<cloud_errors_tencent::batch::Code>(&catalogs, &bases, "batch", Some("tencent"));
    check::<cloud_errors_tencent::bda::Code>(&catalogs, &bases, "bda", Some("tencent"));
    check::<cloud_errors_tencent::bh::Code>(&catalogs, &bases, "bh", Some("tencent"));
    check::<cloud_errors_tencent::bi::Code>(&catalogs, &bases, "bi", Some("tencent"));
    check::<cloud_errors_tencent::billing::Code>(&catalogs, &bases, "billing", Some("tencent"));
    check::<cloud_errors_tencent::bizlive::Code>(&catalogs, &bases, "bizlive", Some("tencent"));
    check::<cloud_errors_tencent::bm::Code>(&catalogs, &bases, "bm", Some("tencent"));
    check::<cloud_errors_tencent::bma_v20210624::Code>(&catalogs, &bases, "bma_v20210624", Some("tencent"));
    check::<cloud_errors_tencent::bma_v20221115::Code>(&catalogs, &bases, "bma_v20221115", Some("tencent"));
    check::<cloud_errors_tencent::bmeip::Code>(&catalogs, &bases, "bmeip", Some("tencent"));
    check::<cloud_errors_tencent::bmlb::Code>(&catalogs, &bases, "bmlb", Some("tencent"));
    check::<cloud_errors_tencent::bmvpc::Code>(&catalogs, &bases, "bmvpc", Some("tencent"));
    check::<cloud_errors_tencent::bpaas::Code>(&catalogs, &bases, "bpaas", Some("tencent"));
    check::<cloud_errors_tencent::bri::Code>(&catalogs, &bases, "bri", Some("tencent"));
    check::<cloud_errors_tencent::bsca::Code>(&catalogs, &bases, "bsca", Some("tencent"));
    check::<cloud_errors_tencent::btoe_v20210303::Code>(&catalogs, &bases, "btoe_v20210303", Some("tencent"));
    check::<cloud_errors_tencent::btoe_v20210514::Code>(&catalogs, &bases, "btoe_v20210514", Some("tencent"));
    check::<cloud_errors_tencent::ca::Code>(&catalogs, &bases, "ca", Some("tencent"));
    check::<cloud_errors_tencent::cam::Code>(&catalogs, &bases, "cam", Some("tencent"));
    check::<cloud_errors_tencent::captcha::Code>(&catalogs, &bases, "captcha", Some("tencent"));
    check::<cloud_errors_tencent::car::Code>(&catalogs, &bases, "car", Some("tencent"));
    check::<cloud_errors_tencent::cat::Code>(&catalogs, &bases, "cat", Some("tencent"));
    check::<cloud_errors_tencent::cbs::Code>(&catalogs, &bases, "cbs", Some("tencent"));
    check::<cloud_errors_tencent::ccc::Code>(&catalogs, &bases, "ccc", Some("tencent"));
    check::<cloud_errors_tencent::cdb::Code>(&catalogs, &bases, "cdb", Some("tencent"));
    check::<cloud_errors_tencent::cdc::Code>(&catalogs, &bases, "cdc", Some("tencent"));
    check::<cloud_errors_tencent::cdn::Code>(&catalogs, &bases, "cdn", Some("tencent"));
    check::<cloud_errors_tencent::cds::Code>(&catalogs, &bases, "cds", Some("tencent"));
    check::<cloud_errors_tencent::cdwch::Code>(&catalogs, &bases, "cdwch", Some("tencent"));
    check::<cloud_errors_tencent::cdwdoris::Code>(&catalogs, &bases, "cdwdoris", Some("tencent"));
    check::<cloud_errors_tencent::cdwpg::Code>(&catalogs, &bases, "cdwpg", Some("tencent"));
    check::<cloud_errors_tencent::cdz::Code>(&catalogs, &bases, "cdz", Some("tencent"));
    check::<cloud_errors_tencent::cetcd::Code>(&catalogs, &bases, "cetcd", Some("tencent"));
    check::<cloud_errors_tencent::cfg::Code>(&catalogs, &bases, "cfg", Some("tencent"));
    check::<cloud_errors_tencent::cfs::Code>(&catalogs, &bases, "cfs", Some("tencent"));
    check::<cloud_errors_tencent::cfw::Code>(&catalogs, &bases, "cfw", Some("tencent"));
    check::<cloud_errors_tencent::chc::Code>(&catalogs, &bases, "chc", Some("tencent"));
    check::<cloud_errors_tencent::chdfs_v20190718::Code>(&catalogs, &bases, "chdfs_v20190718", Some("tencent"));
    check::<cloud_errors_tencent::chdfs_v20201112::Code>(&catalogs, &bases, "chdfs_v20201112", Some("tencent"));
    check::<cloud_errors_tencent::ciam::Code>(&catalogs, &bases, "ciam", Some("tencent"));
    check::<cloud_errors_tencent::cii_v20201210::Code>(&catalogs, &bases, "cii_v20201210", Some("tencent"));
    check::<cloud_errors_tencent::cii_v20210408::Code>(&catalogs, &bases, "cii_v20210408", Some("tencent"));
    check::<cloud_errors_tencent::cim::Code>(&catalogs, &bases, "cim", Some("tencent"));
    check::<cloud_errors_tencent::ckafka::Code>(&catalogs, &bases, "ckafka", Some("tencent"));
    check::<cloud_errors_tencent::clb::Code>(&catalogs, &bases, "clb", Some("tencent"));
    check::<cloud_errors_tencent::cloudapp::Code>(&catalogs, &bases, "cloudapp", Some("tencent"));
    check::<cloud_errors_tencent::cloudaudit::Code>(&catalogs, &bases, "cloudaudit", Some("tencent"));
    check::<cloud_errors_tencent::cloudhsm::Code>(&catalogs, &bases, "cloudhsm", Some("tencent"));
    check::<cloud_errors_tencent::cloudmate::Code>(&catalogs, &bases, "cloudmate", Some("tencent"));
    check::<cloud_errors_tencent::cloudrc::Code>(&catalogs, &bases, "cloudrc", Some("tencent"));
    check::<cloud_errors_tencent::cloudstudio::Code>(&catalogs, &bases, "cloudstudio", Some("tencent"));
    check::<cloud_errors_tencent::cls::Code>(&catalogs, &bases, "cls", Some("tencent"));
    check::<cloud_errors_tencent::cme::Code>(&catalogs, &bases, "cme", Some("tencent"));
    check::<cloud_errors_tencent::cmq::Code>(&catalogs, &bases, "cmq", Some("tencent"));
    check::<cloud_errors_tencent::cms::Code>(&catalogs, &bases, "cms", Some("tencent"));
    check::<cloud_errors_tencent::cngw::Code>(&catalogs, &bases, "cngw", Some("tencent"));
    check::<cloud_errors_tencent::config::Code>(&catalogs, &bases, "config", Some("tencent"));
    check::<cloud_errors_tencent::controlcenter::Code>(&catalogs, &bases, "controlcenter", Some("tencent"));
    check::<cloud_errors_tencent::cpdp::Code>(&catalogs, &bases, "cpdp", Some("tencent"));
    check::<cloud_errors_tencent::csip::Code>(&catalogs, &bases, "csip", Some("tencent"));
    check::<cloud_errors_tencent::csxg::Code>(&catalogs, &bases, "csxg", Some("tencent"));
    check::<cloud_errors_tencent::ctem::Code>(&catalogs, &bases, "ctem", Some("tencent"));
    check::<cloud_errors_tencent::ctsdb::Code>(&catalogs, &bases, "ctsdb", Some("tencent"));
    check::<cloud_errors_tencent::cvm::Code>(&catalogs, &bases, "cvm", Some("tencent"));
    check::<cloud_errors_tencent::cwp::Code>(&catalogs, &bases, "cwp", Some("tencent"));
    check::<cloud_errors_tencent::cws::Code>(&catalogs, &bases, "cws", Some("tencent"));
    check::<cloud_errors_tencent::cynosdb::Code>(&catalogs, &bases, "cynosdb", Some("tencent"));
    check::<cloud_errors_tencent::dasb::Code>(&catalogs, &bases, "dasb", Some("tencent"));
    check::<cloud_errors_tencent::dataagent::Code>(&catalogs, &bases, "dataagent", Some("tencent"));
    check::<cloud_errors_tencent::dayu::Code>(&catalogs, &bases, "dayu", Some("tencent"));
    check::<cloud_errors_tencent::dbbrain_v20191016::Code>(&catalogs, &bases, "dbbrain_v20191016", Some("tencent"));
    check::<cloud_errors_tencent::dbbrain_v20210527::Code>(&catalogs, &bases, "dbbrain_v20210527", Some("tencent"));
    check::<cloud_errors_tencent::dbdc::Code>(&catalogs, &bases, "dbdc", Some("tencent"));
    check::<cloud_errors_tencent::dbs::Code>(&catalogs, &bases, "dbs", Some("tencent"));
    check::<cloud_errors_tencent::dc::Code>(&catalogs, &bases, "dc", Some("tencent"));
    check::<cloud_errors_tencent::dcdb::Code>(&catalogs, &bases, "dcdb", Some("tencent"));
    check::<cloud_errors_tencent::dlc::Code>(&catalogs, &bases, "dlc", Some("tencent"));
    check::<cloud_errors_tencent::dnspod::Code>(&catalogs, &bases, "dnspod", Some("tencent"));
    check::<cloud_errors_tencent::domain::Code>(&catalogs, &bases, "domain", Some("tencent"));
    check::<cloud_errors_tencent::drm::Code>(&catalogs, &bases, "drm", Some("tencent"));
    check::<cloud_errors_tencent::ds::Code>(&catalogs, &bases, "ds", Some("tencent"));
    check::<cloud_errors_tencent::dsgc::Code>(&catalogs, &bases, "dsgc", Some("tencent"));
    check::<cloud_errors_tencent::dts_v20180330::Code>(&catalogs, &bases, "dts_v20180330", Some("tencent"));
    check::<cloud_errors_tencent::dts_v20211206::Code>(&catalogs, &bases, "dts_v20211206", Some("tencent"));
    check::<cloud_errors_tencent::eb::Code>(&catalogs, &bases, "eb", Some("tencent"));
    check::<cloud_errors_tencent::ecc::Code>(&catalogs, &bases, "ecc", Some("tencent"));
    check::<cloud_errors_tencent::ecdn::Code>(&catalogs, &bases, "ecdn", Some("tencent"));
    check::<cloud_errors_tencent::ecm::Code>(&catalogs, &bases, "ecm", Some("tencent"));
    check::<cloud_errors_tencent::eiam::Code>(&catalogs, &bases, "eiam", Some("tencent"));
    check::<cloud_errors_tencent::eis_v20200715::Code>(&catalogs, &bases, "eis_v20200715", Some("tencent"));
    check::<cloud_errors_tencent::eis_v20210601::Code>(&catalogs, &bases, "eis_v20210601", Some("tencent"));
    check::<cloud_errors_tencent::emr::Code>(&catalogs, &bases, "emr", Some("tencent"));
    check::<cloud_errors_tencent::es_v20180416::Code>(&catalogs, &bases, "es_v20180416", Some("tencent"));
    check::<cloud_errors_tencent::es_v20250101::Code>(&catalogs, &bases, "es_v20250101", Some("tencent"));
    check::<cloud_errors_tencent::ess::Code>(&catalogs, &bases, "ess", Some("tencent"));
    check::<cloud_errors_tencent::essbasic_v20201222::Code>(&catalogs, &bases, "essbasic_v20201222", Some("tencent"));
    check::<cloud_errors_tencent::essbasic_v20210526::Code>(&catalogs, &bases, "essbasic_v20210526", Some("tencent"));
    check::<cloud_errors_tencent::evt::Code>(&catalogs, &bases, "evt", Some("tencent"));
    check::<cloud_errors_tencent::facefusion_v20181201::Code>(&catalogs, &bases, "facefusion_v20181201", Some("tencent"));
    check::<cloud_errors_tencent::facefusion_v20220927::Code>(&catalogs, &bases, "facefusion_v20220927", Some("tencent"));
    check::<cloud_errors_tencent::faceid::Code>(&catalogs, &bases, "faceid", Some("tencent"));
    check::<cloud_errors_tencent::fmu::Code>(&catalogs, &bases, "fmu", Some("tencent"));
    check::<cloud_errors_tencent::ft::Code>(&catalogs, &bases, "ft", Some("tencent"));
    check::<cloud_errors_tencent::fwm::Code>(&catalogs, &bases, "fwm", Some("tencent"));
    check::<cloud_errors_tencent::ga2::Code>(&catalogs, &bases, "ga2", Some("tencent"));
    check::<cloud_errors_tencent::gaap::Code>(&catalogs, &bases, "gaap", Some("tencent"));
    check::<cloud_errors_tencent::gme::Code>(&catalogs, &bases, "gme", Some("tencent"));
    check::<cloud_errors_tencent::goosefs::Code>(&catalogs, &bases, "goosefs", Some("tencent"));
    check::<cloud_errors_tencent::gs::Code>(&catalogs, &bases, "gs", Some("tencent"));
    check::<cloud_errors_tencent::gwlb::Code>(&catalogs, &bases, "gwlb", Some("tencent"));
    check::<cloud_errors_tencent::hai::Code>(&catalogs, &bases, "hai", Some("tencent"));
    check::<cloud_errors_tencent::hasim::Code>(&catalogs, &bases, "hasim", Some("tencent"));
    check::<cloud_errors_tencent::hcm::Code>(&catalogs, &bases, "hcm", Some("tencent"));
    check::<cloud_errors_tencent::hunyuan::Code>(&catalogs, &bases, "hunyuan", Some("tencent"));
    check::<cloud_errors_tencent::iai_v20180301::Code>(&catalogs, &bases, "iai_v20180301", Some("tencent"));
    check::<cloud_errors_tencent::iai_v20200303::Code>(&catalogs, &bases, "iai_v20200303", Some("tencent"));
    check::<cloud_errors_tencent::iap::Code>(&catalogs, &bases, "iap", Some("tencent"));
    check::<cloud_errors_tencent::ic::Code>(&catalogs, &bases, "ic", Some("tencent"));
    check::<cloud_errors_tencent::ie::Code>(&catalogs, &bases, "ie", Some("tencent"));
    check::<cloud_errors_tencent::ig::Code>(&catalogs, &bases, "ig", Some("tencent"));
    check::<cloud_errors_tencent::igtm::Code>(&catalogs, &bases, "igtm", Some("tencent"));
    check::<cloud_errors_tencent::ims_v20200713::Code>(&catalogs, &bases, "ims_v20200713", Some("tencent"));
    check::<cloud_errors_tencent::ims_v20201229::Code>(&catalogs, &bases, "ims_v20201229", Some("tencent"));
    check::<cloud_errors_tencent::ioa::Code>(&catalogs, &bases, "ioa", Some("tencent"));
    check::<cloud_errors_tencent::iot::Code>(&catalogs, &bases, "iot", Some("tencent"));
    check::<cloud_errors_tencent::iotcloud_v20180614::Code>(&catalogs, &bases, "iotcloud_v20180614", Some("tencent"));
    check::<cloud_errors_tencent::iotcloud_v20210408::Code>(&catalogs, &bases, "iotcloud_v20210408", Some("tencent"));
    check::<cloud_errors_tencent::iotexplorer::Code>(&catalogs, &bases, "iotexplorer", Some("tencent"));
    check::<cloud_errors_tencent::iotvideo_v20191126::Code>(&catalogs, &bases, "iotvideo_v20191126", Some("tencent"));
    check::<cloud_errors_tencent::iotvideo_v20201215::Code>(&catalogs, &bases, "iotvideo_v20201215", Some("tencent"));
    check::<cloud_errors_tencent::iotvideo_v20211125::Code>(&catalogs, &bases, "iotvideo_v20211125", Some("tencent"));
    check::<cloud_errors_tencent::iotvideoindustry::Code>(&catalogs, &bases, "iotvideoindustry", Some("tencent"));
    check::<cloud_errors_tencent::irp_v20220324::Code>(&catalogs, &bases, "irp_v20220324", Some("tencent"));
    check::<cloud_errors_tencent::irp_v20220805::Code>(&catalogs, &bases, "irp_v20220805", Some("tencent"));
    check::<cloud_errors_tencent::iss::Code>(&catalogs, &bases, "iss", Some("tencent"));
    check::<cloud_errors_tencent::ivld::Code>(&catalogs, &bases, "ivld", Some("tencent"));
    check::<cloud_errors_tencent::keewidb::Code>(&catalogs, &bases, "keewidb", Some("tencent"));
    check::<cloud_errors_tencent::kms::Code>(&catalogs, &bases, "kms", Some("tencent"));
    check::<cloud_errors_tencent::lcic::Code>(&catalogs, &bases, "lcic", Some("tencent"));
    check::<cloud_errors_tencent::lighthouse::Code>(&catalogs, &bases, "lighthouse", Some("tencent"));
    check::<cloud_errors_tencent::live::Code>(&catalogs, &bases, "live", Some("tencent"));
    check::<cloud_errors_tencent::lke::Code>(&catalogs, &bases, "lke", Some("tencent"));
    check::<cloud_errors_tencent::lkeap::Code>(&catalogs, &bases, "lkeap", Some("tencent"));
    check::<cloud_errors_tencent::lowcode::Code>(&catalogs, &bases, "lowcode", Some("tencent"));
    check::<cloud_errors_tencent::mariadb::Code>(&catalogs, &bases, "mariadb", Some("tencent"));
    check::<cloud_errors_tencent::market::Code>(&catalogs, &bases, "market", Some("tencent"));
    check::<cloud_errors_tencent::memcached::Code>(&catalogs, &bases, "memcached", Some("tencent"));
    check::<cloud_errors_tencent::mmps::Code>(&catalogs, &bases, "mmps", Some("tencent"));
    check::<cloud_errors_tencent::mna::Code>(&catalogs, &bases, "mna", Some("tencent"));
    check::<cloud_errors_tencent::mongodb_v20180408::Code>(&catalogs, &bases, "mongodb_v20180408", Some("tencent"));
    check::<cloud_errors_tencent::mongodb_v20190725::Code>(&catalogs, &bases, "mongodb_v20190725", Some("tencent"));
    check::<cloud_errors_tencent::monitor_v20180724::Code>(&catalogs, &bases, "monitor_v20180724", Some("tencent"));
    check::<cloud_errors_tencent::monitor_v20230616::Code>(&catalogs, &bases, "monitor_v20230616", Some("tencent"));
    check::<cloud_errors_tencent::mps::Code>(&catalogs, &bases, "mps", Some("tencent"));
    check::<cloud_errors_tencent::mqtt::Code>(&catalogs, &bases, "mqtt", Some("tencent"));
    check::<cloud_errors_tencent::mrs::Code>(&catalogs, &bases, "mrs", Some("tencent"));
    check::<cloud_errors_tencent::ms::Code>(&catalogs, &bases, "ms", Some("tencent"));
    check::<cloud_errors_tencent::msp::Code>(&catalogs, &bases, "msp", Some("tencent"));
    check::<cloud_errors_tencent::nlp::Code>(&catalogs, &bases, "nlp", Some("tencent"));
    check::<cloud_errors_tencent::oceanus::Code>(&catalogs, &bases, "oceanus", Some("tencent"));
    check::<cloud_errors_tencent::ocr::Code>(&catalogs, &bases, "ocr", Some("tencent"));
    check::<cloud_errors_tencent::omics::Code>(&catalogs, &bases, "omics", Some("tencent"));
    check::<cloud_errors_tencent::organization_v20181225::Code>(&catalogs, &bases, "organization_v20181225", Some("tencent"));
    check::<cloud_errors_tencent::organization_v20210331::Code>(&catalogs, &bases, "organization_v20210331", Some("tencent"));
    check::<cloud_errors_tencent::partners::Code>(&catalogs, &bases, "partners", Some("tencent"));
    check::<cloud_errors_tencent::portal::Code>(&catalogs, &bases, "portal", Some("tencent"));
    check::<cloud_errors_tencent::postgres::Code>(&catalogs, &bases, "postgres", Some("tencent"));
    check::<cloud_errors_tencent::privatedns::Code>(&catalogs, &bases, "privatedns", Some("tencent"));
    check::<cloud_errors_tencent::pts::Code>(&catalogs, &bases, "pts", Some("tencent"));
    check::<cloud_errors_tencent::rce_v20260130::Code>(&catalogs, &bases, "rce_v20260130", Some("tencent"));
    check::<cloud_errors_tencent::redis::Code>(&catalogs, &bases, "redis", Some("tencent"));
    check::<cloud_errors_tencent::region::Code>(&catalogs, &bases, "region", Some("tencent"));
    check::<cloud_errors_tencent::rum::Code>(&catalogs, &bases, "rum", Some("tencent"));
    check::<cloud_errors_tencent::scf::Code>(&catalogs, &bases, "scf", Some("tencent"));
    check::<cloud_errors_tencent::securitylake::Code>(&catalogs, &bases, "securitylake", Some("tencent"));
    check::<cloud_errors_tencent::ses::Code>(&catalogs, &bases, "ses", Some("tencent"));
    check::<cloud_errors_tencent::smh::Code>(&catalogs, &bases, "smh", Some("tencent"));
    check::<cloud_errors_tencent::sms_v20190711::Code>(&catalogs, &bases, "sms_v20190711", Some("tencent"));
    check::<cloud_errors_tencent::sms_v20210111::Code>(&catalogs, &bases, "sms_v20210111", Some("tencent"));
    check::<cloud_errors_tencent::soe::Code>(&catalogs, &bases, "soe", Some("tencent"));
    check::<cloud_errors_tencent::sqlserver::Code>(&catalogs, &bases, "sqlserver", Some("tencent"));
    check::<cloud_errors_tencent::ssa::Code>(&catalogs, &bases, "ssa", Some("tencent"));
    check::<cloud_errors_tencent::ssl::Code>(&catalogs, &bases, "ssl", Some("tencent"));
    check::<cloud_errors_tencent::sslpod::Code>(&catalogs, &bases, "sslpod", Some("tencent"));
    check::<cloud_errors_tencent::ssm::Code>(&catalogs, &bases, "ssm", Some("tencent"));
    check::<cloud_errors_tencent::sts::Code>(&catalogs, &bases, "sts", Some("tencent"));
    check::<cloud_errors_tencent::svp::Code>(&catalogs, &bases, "svp", Some("tencent"));
    check::<cloud_errors_tencent::tag::Code>(&catalogs, &bases, "tag", Some("tencent"));
    check::<cloud_errors_tencent::tat::Code>(&catalogs, &bases, "tat", Some("tencent"));
    check::<cloud_errors_tencent::tbaas::Code>(&catalogs, &bases, "tbaas", Some("tencent"));
    check::<cloud_errors_tencent::tbp_v20190311::Code>(&catalogs, &bases, "tbp_v20190311", Some("tencent"));
    check::<cloud_errors_tencent::tbp_v20190627::Code>(&catalogs, &bases, "tbp_v20190627", Some("tencent"));
    check::<cloud_errors_tencent::tcaplusdb::Code>(&catalogs, &bases, "tcaplusdb", Some("tencent"));
    check::<cloud_errors_tencent::tcb::Code>(&catalogs, &bases, "tcb", Some("tencent"));
    check::<cloud_errors_tencent::tcbr::Code>(&catalogs, &bases, "tcbr", Some("tencent"));
    check::<cloud_errors_tencent::tccatalog::Code>(&catalogs, &bases, "tccatalog", Some("tencent"));
    check::<cloud_errors_tencent::tchd::Code>(&catalogs, &bases, "tchd", Some("tencent"));
    check::<cloud_errors_tencent::tcm::Code>(&catalogs, &bases, "tcm", Some("tencent"));
    check::<cloud_errors_tencent::tcr::Code>(&catalogs, &bases, "tcr", Some("tencent"));
    check::<cloud_errors_tencent::tcss::Code>(&catalogs, &bases, "tcss", Some("tencent"));
    check::<cloud_errors_tencent::tdai::Code>(&catalogs, &bases, "tdai", Some("tencent"));
    check::<cloud_errors_tencent::tdcpg::Code>(&catalogs, &bases, "tdcpg", Some("tencent"));
    check::<cloud_errors_tencent::tdid::Code>(&catalogs, &bases, "tdid", Some("tencent"));
    check::<cloud_errors_tencent::tdmq::Code>(&catalogs, &bases, "tdmq", Some("tencent"));
    check::<cloud_errors_tencent::tdmysql::Code>(&catalogs, &bases, "tdmysql", Some("tencent"));
    check::<cloud_errors_tencent::tds::Code>(&catalogs, &bases, "tds", Some("tencent"));
    check::<cloud_errors_tencent::tem_v20201221::Code>(&catalogs, &bases, "tem_v20201221", Some("tencent"));
    check::<cloud_errors_tencent::tem_v20210701::Code>(&catalogs, &bases, "tem_v20210701", Some("tencent"));
    check::<cloud_errors_tencent::teo_v20220106::Code>(&catalogs, &bases, "teo_v20220106", Some("tencent"));
    check::<cloud_errors_tencent::teo_v20220901::Code>(&catalogs, &bases, "teo_v20220901", Some("tencent"));
    check::<cloud_errors_tencent::thpc_v20211109::Code>(&catalogs, &bases, "thpc_v20211109", Some("tencent"));
    check::<cloud_errors_tencent::thpc_v20220401::Code>(&catalogs, &bases, "thpc_v20220401", Some("tencent"));
    check::<cloud_errors_tencent::thpc_v20230321::Code>(&catalogs, &bases, "thpc_v20230321", Some("tencent"));
    check::<cloud_errors_tencent::tia::Code>(&catalogs, &bases, "tia", Some("tencent"));
    check::<cloud_errors_tencent::tiia::Code>(&catalogs, &bases, "tiia", Some("tencent"));
    check::<cloud_errors_tencent::tione_v20191022::Code>(&catalogs, &bases, "tione_v20191022", Some("tencent"));
    check::<cloud_errors_tencent::tione_v20211111::Code>(&catalogs, &bases, "tione_v20211111", Some("tencent"));
    check::<cloud_errors_tencent::tiw::Code>(&catalogs, &bases, "tiw", Some("tencent"));
    check::<cloud_errors_tencent::tke_v20180525::Code>(&catalogs, &bases, "tke_v20180525", Some("tencent"));
    check::<cloud_errors_tencent::tke_v20220501::Code>(&catalogs, &bases, "tke_v20220501", Some("tencent"));
    check::<cloud_errors_tencent::tkgdq::Code>(&catalogs, &bases, "tkgdq", Some("tencent"));
    check::<cloud_errors_tencent::tms_v20200713::Code>(&catalogs, &bases, "tms_v20200713", Some("tencent"));
    check::<cloud_errors_tencent::tms_v20201229::Code>(&catalogs, &bases, "tms_v20201229", Some("tencent"));
    check::<cloud_errors_tencent::tmt::Code>(&catalogs, &bases, "tmt", Some("tencent"));
    check::<cloud_errors_tencent::tokenhub::Code>(&catalogs, &bases, "tokenhub", Some("tencent"));
    check::<cloud_errors_tencent::trabbit::Code>(&catalogs, &bases, "trabbit", Some("tencent"));
    check::<cloud_errors_tencent::trocket::Code>(&catalogs, &bases, "trocket", Some("tencent"));
    check::<cloud_errors_tencent::trp::Code>(&catalogs, &bases, "trp", Some("tencent"));
    check::<cloud_errors_tencent::trro::Code>(&catalogs, &bases, "trro", Some("tencent"));
    check::<cloud_errors_tencent::trtc::Code>(&catalogs, &bases, "trtc", Some("tencent"));
    check::<cloud_errors_tencent::tse::Code>(&catalogs, &bases, "tse", Some("tencent"));
    check::<cloud_errors_tencent::tsf::Code>(&catalogs, &bases, "tsf", Some("tencent"));
    check::<cloud_errors_tencent::tsi::Code>(&catalogs, &bases, "tsi", Some("tencent"));
    check::<cloud_errors_tencent::tts::Code>(&catalogs, &bases, "tts", Some("tencent"));
    check::<cloud_errors_tencent::vcg::Code>(&catalogs, &bases, "vcg", Some("tencent"));
    check::<cloud_errors_tencent::vclm::Code>(&catalogs, &bases, "vclm", Some("tencent"));
    check::<cloud_errors_tencent::vcube::Code>(&catalogs, &bases, "vcube", Some("tencent"));
    check::<cloud_errors_tencent::vdb::Code>(&catalogs, &bases, "vdb", Some("tencent"));
    check::<cloud_errors_tencent::vm_v20200709::Code>(&catalogs, &bases, "vm_v20200709", Some("tencent"));
    check::<cloud_errors_tencent::vm_v20201229::Code>(&catalogs, &bases, "vm_v20201229", Some("tencent"));
    check::<cloud_errors_tencent::vm_v20210922::Code>(&catalogs, &bases, "vm_v20210922", Some("tencent"));
    check::<cloud_errors_tencent::vms::Code>(&catalogs, &bases, "vms", Some("tencent"));
    check::<cloud_errors_tencent::vod_v20180717::Code>(&catalogs, &bases, "vod_v20180717", Some("tencent"));
    check::<cloud_errors_tencent::vod_v20240718::Code>(&catalogs, &bases, "vod_v20240718", Some("tencent"));
    check::<cloud_errors_tencent::vpc::Code>(&catalogs, &bases, "vpc", Some("tencent"));
    check::<cloud_errors_tencent::vrs::Code>(&catalogs, &bases, "vrs", Some("tencent"));
    check::<cloud_errors_tencent::vtc::Code>(&catalogs, &bases, "vtc", Some("tencent"));
    check::<cloud_errors_tencent::waf::Code>(&catalogs, &bases, "waf", Some("tencent"));
    check::<cloud_errors_tencent::wav::Code>(&catalogs, &bases, "wav", Some("tencent"));
    check::<cloud_errors_tencent::wedata_v20210820::Code>(&catalogs, &bases, "wedata_v20210820", Some("tencent"));
    check::<cloud_errors_tencent::wedata_v20250806::Code>(&catalogs, &bases, "wedata_v20250806", Some("tencent"));
    check::<cloud_errors_tencent::weilingwith::Code>(&catalogs, &bases, "weilingwith", Some("tencent"));
    check::<cloud_errors_tencent::wimgs::Code>(&catalogs, &bases, "wimgs", Some("tencent"));
    check::<cloud_errors_tencent::wsa::Code>(&catalogs, &bases, "wsa", Some("tencent"));
    check::<cloud_errors_tencent::wss::Code>(&catalogs, &bases, "wss", Some("tencent"));
    check::<cloud_errors_tencent::yinsuda::Code>(&catalogs, &bases, "yinsuda", Some("tencent"));
    check::<cloud_errors_tencent::yunjing::Code>(&catalogs, &bases, "yunjing", Some("tencent"));
    check::<cloud_errors_tencent::yunsou_v20191115::Code>(&catalogs, &bases, "yunsou_v20191115", Some("tencent"));
}
