// @generated from the list of catalogs/ by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Every code of every catalog of `cloud-errors-alibaba` is a known code of its module, whose `code()`
//! round-trips and whose statuses and retry class are the catalog's; written with `to_response()`,
//! bare and with a message and request id, it reads back as the same error; every code of the
//! base catalog a module does not redefine keeps its retry class there; the family rules hold for
//! every code: those starting with a prefix of `RETRYABLE` are retryable, of `FINAL` not.
#![cfg(feature = "all-products")]

use std::collections::HashMap;

use cloud_errors::{ProviderCode, ProviderError, Retry};

type Catalogs = HashMap<String, Vec<(String, Vec<u16>, Retry)>>;

/// The base catalogs' family rules checked on every code.
const RETRYABLE: &[&str] = &["Throttling"];
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
    let (catalogs, bases) = (read("cloud-errors-alibaba"), read("cloud-errors"));
    assert_eq!(catalogs.len(), 181, "one line below per catalog");
    check::<cloud_errors_alibaba::acm::Code>(&catalogs, &bases, "acm", Some("alibaba"));
    check::<cloud_errors_alibaba::actiontrail::Code>(&catalogs, &bases, "actiontrail", Some("alibaba"));
    check::<cloud_errors_alibaba::adb::Code>(&catalogs, &bases, "adb", Some("alibaba"));
    check::<cloud_errors_alibaba::adcp::Code>(&catalogs, &bases, "adcp", Some("alibaba"));
    check::<cloud_errors_alibaba::address_purification::Code>(&catalogs, &bases, "address_purification", Some("alibaba"));
    check::<cloud_errors_alibaba::advisor::Code>(&catalogs, &bases, "advisor", Some("alibaba"));
    check::<cloud_errors_alibaba::agency::Code>(&catalogs, &bases, "agency", Some("alibaba"));
    check::<cloud_errors_alibaba::ahas_openapi::Code>(&catalogs, &bases, "ahas_openapi", Some("alibaba"));
    check::<cloud_errors_alibaba::aiccs::Code>(&catalogs, &bases, "aiccs", Some("alibaba"));
    check::<cloud_errors_alibaba::alb::Code>(&catalogs, &bases, "alb", Some("alibaba"));
    check::<cloud_errors_alibaba::alidns::Code>(&catalogs, &bases, "alidns", Some("alibaba"));
    check::<cloud_errors_alibaba::aligenie::Code>(&catalogs, &bases, "aligenie", Some("alibaba"));
    check::<cloud_errors_alibaba::alikafka::Code>(&catalogs, &bases, "alikafka", Some("alibaba"));
    check::<cloud_errors_alibaba::alimt::Code>(&catalogs, &bases, "alimt", Some("alibaba"));
    check::<cloud_errors_alibaba::amqp_open::Code>(&catalogs, &bases, "amqp_open", Some("alibaba"));
    check::<cloud_errors_alibaba::arms::Code>(&catalogs, &bases, "arms", Some("alibaba"));
    check::<cloud_errors_alibaba::baas::Code>(&catalogs, &bases, "baas", Some("alibaba"));
    check::<cloud_errors_alibaba::bpstudio::Code>(&catalogs, &bases, "bpstudio", Some("alibaba"));
    check::<cloud_errors_alibaba::bssopenapi::Code>(&catalogs, &bases, "bssopenapi", Some("alibaba"));
    check::<cloud_errors_alibaba::cams::Code>(&catalogs, &bases, "cams", Some("alibaba"));
    check::<cloud_errors_alibaba::cbn::Code>(&catalogs, &bases, "cbn", Some("alibaba"));
    check::<cloud_errors_alibaba::cc5g::Code>(&catalogs, &bases, "cc5g", Some("alibaba"));
    check::<cloud_errors_alibaba::ccc::Code>(&catalogs, &bases, "ccc", Some("alibaba"));
    check::<cloud_errors_alibaba::cddc::Code>(&catalogs, &bases, "cddc", Some("alibaba"));
    check::<cloud_errors_alibaba::cdn::Code>(&catalogs, &bases, "cdn", Some("alibaba"));
    check::<cloud_errors_alibaba::chatbot::Code>(&catalogs, &bases, "chatbot", Some("alibaba"));
    check::<cloud_errors_alibaba::clickhouse::Code>(&catalogs, &bases, "clickhouse", Some("alibaba"));
    check::<cloud_errors_alibaba::cloud_siem::Code>(&catalogs, &bases, "cloud_siem", Some("alibaba"));
    check::<cloud_errors_alibaba::cloudapi::Code>(&catalogs, &bases, "cloudapi", Some("alibaba"));
    check::<cloud_errors_alibaba::cloudauth::Code>(&catalogs, &bases, "cloudauth", Some("alibaba"));
    check::<cloud_errors_alibaba::cloudesl::Code>(&catalogs, &bases, "cloudesl", Some("alibaba"));
    check::<cloud_errors_alibaba::cloudfw::Code>(&catalogs, &bases, "cloudfw", Some("alibaba"));
    check::<cloud_errors_alibaba::cloudphone::Code>(&catalogs, &bases, "cloudphone", Some("alibaba"));
    check::<cloud_errors_alibaba::cms::Code>(&catalogs, &bases, "cms", Some("alibaba"));
    check::<cloud_errors_alibaba::companyreg::Code>(&catalogs, &bases, "companyreg", Some("alibaba"));
    check::<cloud_errors_alibaba::composer::Code>(&catalogs, &bases, "composer", Some("alibaba"));
    check::<cloud_errors_alibaba::computenestsupplier::Code>(&catalogs, &bases, "computenestsupplier", Some("alibaba"));
    check::<cloud_errors_alibaba::config::Code>(&catalogs, &bases, "config", Some("alibaba"));
    check::<cloud_errors_alibaba::cr::Code>(&catalogs, &bases, "cr", Some("alibaba"));
    check::<cloud_errors_alibaba::csas::Code>(&catalogs, &bases, "csas", Some("alibaba"));
    check::<cloud_errors_alibaba::das::Code>(&catalogs, &bases, "das", Some("alibaba"));
    check::<cloud_errors_alibaba::datalake::Code>(&catalogs, &bases, "datalake", Some("alibaba"));
    check::<cloud_errors_alibaba::dataworks_public::Code>(&catalogs, &bases, "dataworks_public", Some("alibaba"));
    check::<cloud_errors_alibaba::dbfs::Code>(&catalogs, &bases, "dbfs", Some("alibaba"));
    check::<cloud_errors_alibaba::dbs::Code>(&catalogs, &bases, "dbs", Some("alibaba"));
    check::<cloud_errors_alibaba::dcdn::Code>(&catalogs, &bases, "dcdn", Some("alibaba"));
    check::<cloud_errors_alibaba::ddi::Code>(&catalogs, &bases, "ddi", Some("alibaba"));
    check::<cloud_errors_alibaba::ddosdiversion::Code>(&catalogs, &bases, "ddosdiversion", Some("alibaba"));
    check::<cloud_errors_alibaba::dds::Code>(&catalogs, &bases, "dds", Some("alibaba"));
    check::<cloud_errors_alibaba::devops::Code>(&catalogs, &bases, "devops", Some("alibaba"));
    check::<cloud_errors_alibaba::dm::Code>(&catalogs, &bases, "dm", Some("alibaba"));
    check::<cloud_errors_alibaba::dms_dg::Code>(&catalogs, &bases, "dms_dg", Some("alibaba"));
    check::<cloud_errors_alibaba::documentautoml::Code>(&catalogs, &bases, "documentautoml", Some("alibaba"));
    check::<cloud_errors_alibaba::drds::Code>(&catalogs, &bases, "drds", Some("alibaba"));
    check::<cloud_errors_alibaba::dts::Code>(&catalogs, &bases, "dts", Some("alibaba"));
    check::<cloud_errors_alibaba::dyplsapi::Code>(&catalogs, &bases, "dyplsapi", Some("alibaba"));
    check::<cloud_errors_alibaba::dypnsapi::Code>(&catalogs, &bases, "dypnsapi", Some("alibaba"));
    check::<cloud_errors_alibaba::dypnsapi_intl::Code>(&catalogs, &bases, "dypnsapi_intl", Some("alibaba"));
    check::<cloud_errors_alibaba::dysmsapi::Code>(&catalogs, &bases, "dysmsapi", Some("alibaba"));
    check::<cloud_errors_alibaba::dytnsapi::Code>(&catalogs, &bases, "dytnsapi", Some("alibaba"));
    check::<cloud_errors_alibaba::dyvmsapi::Code>(&catalogs, &bases, "dyvmsapi", Some("alibaba"));
    check::<cloud_errors_alibaba::dyvmsapi_intl::Code>(&catalogs, &bases, "dyvmsapi_intl", Some("alibaba"));
    check::<cloud_errors_alibaba::eais::Code>(&catalogs, &bases, "eais", Some("alibaba"));
    check::<cloud_errors_alibaba::easygene::Code>(&catalogs, &bases, "easygene", Some("alibaba"));
    check::<cloud_errors_alibaba::ebs::Code>(&catalogs, &bases, "ebs", Some("alibaba"));
    check::<cloud_errors_alibaba::ecd::Code>(&catalogs, &bases, "ecd", Some("alibaba"));
    check::<cloud_errors_alibaba::eci::Code>(&catalogs, &bases, "eci", Some("alibaba"));
    check::<cloud_errors_alibaba::ecs::Code>(&catalogs, &bases, "ecs", Some("alibaba"));
    check::<cloud_errors_alibaba::edas::Code>(&catalogs, &bases, "edas", Some("alibaba"));
    check::<cloud_errors_alibaba::eds_user::Code>(&catalogs, &bases, "eds_user", Some("alibaba"));
    check::<cloud_errors_alibaba::eflo_controller::Code>(&catalogs, &bases, "eflo_controller", Some("alibaba"));
    check::<cloud_errors_alibaba::ehpc::Code>(&catalogs, &bases, "ehpc", Some("alibaba"));
    check::<cloud_errors_alibaba::ehpcinstant::Code>(&catalogs, &bases, "ehpcinstant", Some("alibaba"));
    check::<cloud_errors_alibaba::eipanycast::Code>(&catalogs, &bases, "eipanycast", Some("alibaba"));
    check::<cloud_errors_alibaba::elasticsearch::Code>(&catalogs, &bases, "elasticsearch", Some("alibaba"));
    check::<cloud_errors_alibaba::emr::Code>(&catalogs, &bases, "emr", Some("alibaba"));
    check::<cloud_errors_alibaba::energyexpertexternal::Code>(&catalogs, &bases, "energyexpertexternal", Some("alibaba"));
    check::<cloud_errors_alibaba::ens::Code>(&catalogs, &bases, "ens", Some("alibaba"));
    check::<cloud_errors_alibaba::ess::Code>(&catalogs, &bases, "ess", Some("alibaba"));
    check::<cloud_errors_alibaba::eventbridge::Code>(&catalogs, &bases, "eventbridge", Some("alibaba"));
    check::<cloud_errors_alibaba::expressconnectrouter::Code>(&catalogs, &bases, "expressconnectrouter", Some("alibaba"));
    check::<cloud_errors_alibaba::facebody::Code>(&catalogs, &bases, "facebody", Some("alibaba"));
    check::<cloud_errors_alibaba::fnf::Code>(&catalogs, &bases, "fnf", Some("alibaba"));
    check::<cloud_errors_alibaba::ga::Code>(&catalogs, &bases, "ga", Some("alibaba"));
    check::<cloud_errors_alibaba::gemp::Code>(&catalogs, &bases, "gemp", Some("alibaba"));
    check::<cloud_errors_alibaba::governance::Code>(&catalogs, &bases, "governance", Some("alibaba"));
    check::<cloud_errors_alibaba::gpdb::Code>(&catalogs, &bases, "gpdb", Some("alibaba"));
    check::<cloud_errors_alibaba::grace::Code>(&catalogs, &bases, "grace", Some("alibaba"));
    check::<cloud_errors_alibaba::hbase::Code>(&catalogs, &bases, "hbase", Some("alibaba"));
    check::<cloud_errors_alibaba::hbr::Code>(&catalogs, &bases, "hbr", Some("alibaba"));
    check::<cloud_errors_alibaba::hitsdb::Code>(&catalogs, &bases, "hitsdb", Some("alibaba"));
    check::<cloud_errors_alibaba::hologram::Code>(&catalogs, &bases, "hologram", Some("alibaba"));
    check::<cloud_errors_alibaba::ice::Code>(&catalogs, &bases, "ice", Some("alibaba"));
    check::<cloud_errors_alibaba::idrsservice::Code>(&catalogs, &bases, "idrsservice", Some("alibaba"));
    check::<cloud_errors_alibaba::imageenhan::Code>(&catalogs, &bases, "imageenhan", Some("alibaba"));
    check::<cloud_errors_alibaba::imageprocess::Code>(&catalogs, &bases, "imageprocess", Some("alibaba"));
    check::<cloud_errors_alibaba::imagerecog::Code>(&catalogs, &bases, "imagerecog", Some("alibaba"));
    check::<cloud_errors_alibaba::imagesearch::Code>(&catalogs, &bases, "imagesearch", Some("alibaba"));
    check::<cloud_errors_alibaba::imageseg::Code>(&catalogs, &bases, "imageseg", Some("alibaba"));
    check::<cloud_errors_alibaba::imm::Code>(&catalogs, &bases, "imm", Some("alibaba"));
    check::<cloud_errors_alibaba::imp::Code>(&catalogs, &bases, "imp", Some("alibaba"));
    check::<cloud_errors_alibaba::iot::Code>(&catalogs, &bases, "iot", Some("alibaba"));
    check::<cloud_errors_alibaba::iotcc::Code>(&catalogs, &bases, "iotcc", Some("alibaba"));
    check::<cloud_errors_alibaba::kms::Code>(&catalogs, &bases, "kms", Some("alibaba"));
    check::<cloud_errors_alibaba::kms_instance::Code>(&catalogs, &bases, "kms_instance", None);
    check::<cloud_errors_alibaba::linkcard::Code>(&catalogs, &bases, "linkcard", Some("alibaba"));
    check::<cloud_errors_alibaba::linkedmall::Code>(&catalogs, &bases, "linkedmall", Some("alibaba"));
    check::<cloud_errors_alibaba::linkvisual::Code>(&catalogs, &bases, "linkvisual", Some("alibaba"));
    check::<cloud_errors_alibaba::linkwan::Code>(&catalogs, &bases, "linkwan", Some("alibaba"));
    check::<cloud_errors_alibaba::live::Code>(&catalogs, &bases, "live", Some("alibaba"));
    check::<cloud_errors_alibaba::ltl::Code>(&catalogs, &bases, "ltl", Some("alibaba"));
    check::<cloud_errors_alibaba::market::Code>(&catalogs, &bases, "market", Some("alibaba"));
    check::<cloud_errors_alibaba::moguan_sdk::Code>(&catalogs, &bases, "moguan_sdk", Some("alibaba"));
    check::<cloud_errors_alibaba::mpserverless::Code>(&catalogs, &bases, "mpserverless", Some("alibaba"));
    check::<cloud_errors_alibaba::mse::Code>(&catalogs, &bases, "mse", Some("alibaba"));
    check::<cloud_errors_alibaba::mts::Code>(&catalogs, &bases, "mts", Some("alibaba"));
    check::<cloud_errors_alibaba::nas::Code>(&catalogs, &bases, "nas", Some("alibaba"));
    check::<cloud_errors_alibaba::nis::Code>(&catalogs, &bases, "nis", Some("alibaba"));
    check::<cloud_errors_alibaba::nlb::Code>(&catalogs, &bases, "nlb", Some("alibaba"));
    check::<cloud_errors_alibaba::nlp_automl::Code>(&catalogs, &bases, "nlp_automl", Some("alibaba"));
    check::<cloud_errors_alibaba::objectdet::Code>(&catalogs, &bases, "objectdet", Some("alibaba"));
    check::<cloud_errors_alibaba::oceanbasepro::Code>(&catalogs, &bases, "oceanbasepro", Some("alibaba"));
    check::<cloud_errors_alibaba::ocr::Code>(&catalogs, &bases, "ocr", Some("alibaba"));
    check::<cloud_errors_alibaba::ocr_api::Code>(&catalogs, &bases, "ocr_api", Some("alibaba"));
    check::<cloud_errors_alibaba::ons::Code>(&catalogs, &bases, "ons", Some("alibaba"));
    check::<cloud_errors_alibaba::onsmqtt::Code>(&catalogs, &bases, "onsmqtt", Some("alibaba"));
    check::<cloud_errors_alibaba::oos::Code>(&catalogs, &bases, "oos", Some("alibaba"));
    check::<cloud_errors_alibaba::openanalytics_open::Code>(&catalogs, &bases, "openanalytics_open", Some("alibaba"));
    check::<cloud_errors_alibaba::opt::Code>(&catalogs, &bases, "opt", Some("alibaba"));
    check::<cloud_errors_alibaba::outboundbot::Code>(&catalogs, &bases, "outboundbot", Some("alibaba"));
    check::<cloud_errors_alibaba::pcdn::Code>(&catalogs, &bases, "pcdn", Some("alibaba"));
    check::<cloud_errors_alibaba::polardb::Code>(&catalogs, &bases, "polardb", Some("alibaba"));
    check::<cloud_errors_alibaba::polardbx::Code>(&catalogs, &bases, "polardbx", Some("alibaba"));
    check::<cloud_errors_alibaba::premiumpics::Code>(&catalogs, &bases, "premiumpics", Some("alibaba"));
    check::<cloud_errors_alibaba::privatelink::Code>(&catalogs, &bases, "privatelink", Some("alibaba"));
    check::<cloud_errors_alibaba::pts::Code>(&catalogs, &bases, "pts", Some("alibaba"));
    check::<cloud_errors_alibaba::push::Code>(&catalogs, &bases, "push", Some("alibaba"));
    check::<cloud_errors_alibaba::pvtz::Code>(&catalogs, &bases, "pvtz", Some("alibaba"));
    check::<cloud_errors_alibaba::quickbi_public::Code>(&catalogs, &bases, "quickbi_public", Some("alibaba"));
    check::<cloud_errors_alibaba::quotas::Code>(&catalogs, &bases, "quotas", Some("alibaba"));
    check::<cloud_errors_alibaba::r_kvstore::Code>(&catalogs, &bases, "r_kvstore", Some("alibaba"));
    check::<cloud_errors_alibaba::ram::Code>(&catalogs, &bases, "ram", Some("alibaba"));
    check::<cloud_errors_alibaba::rds::Code>(&catalogs, &bases, "rds", Some("alibaba"));
    check::<cloud_errors_alibaba::resourcecenter::Code>(&catalogs, &bases, "resourcecenter", Some("alibaba"));
    check::<cloud_errors_alibaba::resourcedirectorymaster::Code>(&catalogs, &bases, "resourcedirectorymaster", Some("alibaba"));
    check::<cloud_errors_alibaba::resourcemanager::Code>(&catalogs, &bases, "resourcemanager", Some("alibaba"));
    check::<cloud_errors_alibaba::resourcesharing::Code>(&catalogs, &bases, "resourcesharing", Some("alibaba"));
    check::<cloud_errors_alibaba::retailadvqa::Code>(&catalogs, &bases, "retailadvqa", Some("alibaba"));
    check::<cloud_errors_alibaba::rtc::Code>(&catalogs, &bases, "rtc", Some("alibaba"));
    check::<cloud_errors_alibaba::sae::Code>(&catalogs, &bases, "sae", Some("alibaba"));
    check::<cloud_errors_alibaba::sas::Code>(&catalogs, &bases, "sas", Some("alibaba"));
    check::<cloud_errors_alibaba::scdn::Code>(&catalogs, &bases, "scdn", Some("alibaba"));
    check::<cloud_errors_alibaba::scsp::Code>(&catalogs, &bases, "scsp", Some("alibaba"));
    check::<cloud_errors_alibaba::selectdb::Code>(&catalogs, &bases, "selectdb", Some("alibaba"));
    check::<cloud_errors_alibaba::servicecatalog::Code>(&catalogs, &bases, "servicecatalog", Some("alibaba"));
    check::<cloud_errors_alibaba::servicemesh::Code>(&catalogs, &bases, "servicemesh", Some("alibaba"));
    check::<cloud_errors_alibaba::slb::Code>(&catalogs, &bases, "slb", Some("alibaba"));
    check::<cloud_errors_alibaba::sls::Code>(&catalogs, &bases, "sls", Some("alibaba"));
    check::<cloud_errors_alibaba::smartag::Code>(&catalogs, &bases, "smartag", Some("alibaba"));
    check::<cloud_errors_alibaba::smc::Code>(&catalogs, &bases, "smc", Some("alibaba"));
    check::<cloud_errors_alibaba::sofa::Code>(&catalogs, &bases, "sofa", Some("alibaba"));
    check::<cloud_errors_alibaba::sophonsoar::Code>(&catalogs, &bases, "sophonsoar", Some("alibaba"));
    check::<cloud_errors_alibaba::sts::Code>(&catalogs, &bases, "sts", Some("alibaba"));
    check::<cloud_errors_alibaba::support_plan::Code>(&catalogs, &bases, "support_plan", Some("alibaba"));
    check::<cloud_errors_alibaba::swas_open::Code>(&catalogs, &bases, "swas_open", Some("alibaba"));
    check::<cloud_errors_alibaba::tag::Code>(&catalogs, &bases, "tag", Some("alibaba"));
    check::<cloud_errors_alibaba::tdsr::Code>(&catalogs, &bases, "tdsr", Some("alibaba"));
    check::<cloud_errors_alibaba::vcs::Code>(&catalogs, &bases, "vcs", Some("alibaba"));
    check::<cloud_errors_alibaba::videoenhan::Code>(&catalogs, &bases, "videoenhan", Some("alibaba"));
    check::<cloud_errors_alibaba::videorecog::Code>(&catalogs, &bases, "videorecog", Some("alibaba"));
    check::<cloud_errors_alibaba::videoseg::Code>(&catalogs, &bases, "videoseg", Some("alibaba"));
    check::<cloud_errors_alibaba::vod::Code>(&catalogs, &bases, "vod", Some("alibaba"));
    check::<cloud_errors_alibaba::voicenavigator::Code>(&catalogs, &bases, "voicenavigator", Some("alibaba"));
    check::<cloud_errors_alibaba::vpc::Code>(&catalogs, &bases, "vpc", Some("alibaba"));
    check::<cloud_errors_alibaba::vpcpeer::Code>(&catalogs, &bases, "vpcpeer", Some("alibaba"));
    check::<cloud_errors_alibaba::vs::Code>(&catalogs, &bases, "vs", Some("alibaba"));
    check::<cloud_errors_alibaba::waf_openapi::Code>(&catalogs, &bases, "waf_openapi", Some("alibaba"));
    check::<cloud_errors_alibaba::webplus::Code>(&catalogs, &bases, "webplus", Some("alibaba"));
    check::<cloud_errors_alibaba::workorder::Code>(&catalogs, &bases, "workorder", Some("alibaba"));
    check::<cloud_errors_alibaba::xtrace::Code>(&catalogs, &bases, "xtrace", Some("alibaba"));
    check::<cloud_errors_alibaba::yundun_bastionhost::Code>(&catalogs, &bases, "yundun_bastionhost", Some("alibaba"));
}
