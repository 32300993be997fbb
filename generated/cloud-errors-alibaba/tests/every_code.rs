// @generated from the list of catalogs/ by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Every code of every catalog of `cloud-errors-alibaba` is a known code of its module, whose `code()`
//! round-trips and whose statuses and retry class are the catalog's; written with `to_response()`,
//! bare and with a message and request id, it reads back as the same error; the family rules hold
//! for every code: `RequestLimitExceeded…` and `Throttling…` are retryable, `InvalidParameter…`
//! and `MissingParameter…` are not.
#![cfg(feature = "all-products")]

use std::collections::HashMap;

use cloud_errors::{ProviderCode, ProviderError, Retry};

type Catalogs = HashMap<String, Vec<(String, Vec<u16>, Retry)>>;

/// Written by `to_response()` and read back by `from_response()`: the same error, field by field.
fn round_trip<C: ProviderCode>(error: &ProviderError<C>, module: &str, wire: &str) {
    let back = ProviderError::<C>::from_response(&error.to_response());
    assert_eq!(back.code().code(), wire, "{module}: `{wire}` written and read back");
    assert_eq!(back.status(), error.status(), "{module}: `{wire}`");
    assert_eq!(back.message(), error.message(), "{module}: `{wire}`");
    assert_eq!(back.request_id(), error.request_id(), "{module}: `{wire}`");
    assert_eq!(&back, error, "{module}: `{wire}` written and read back");
}

fn check<C: ProviderCode>(catalogs: &Catalogs, module: &str) {
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
        if wire.starts_with("RequestLimitExceeded") || wire.starts_with("Throttling") {
            assert!(code.is_retryable(), "{module}: `{wire}` must be retryable");
        }
        if wire.starts_with("InvalidParameter") || wire.starts_with("MissingParameter") {
            assert!(!code.is_retryable(), "{module}: `{wire}` must not be retryable");
        }
        round_trip(&ProviderError::new(code), module, wire);
        let written = ProviderError::new(C::from_code(wire))
            .with_message("quote \" backslash \\ newline \n 漢字")
            .with_request_id("0B2F6D4E-1C3A-4B5D-8E7F-9A0B1C2D3E4F");
        round_trip(&written, module, wire);
    }
}

#[test]
fn every_code_of_every_catalog_is_known_and_round_trips() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let workspace = cloud_errors_codegen::generate_workspace(&root).unwrap_or_else(|error| panic!("{error}"));
    let generated = workspace
        .crates
        .iter()
        .find(|generated| generated.name == "cloud-errors-alibaba")
        .expect("the crate's catalogs");
    let catalogs: Catalogs = generated
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
        .collect();
    assert_eq!(catalogs.len(), 181, "one line below per catalog");
    check::<cloud_errors_alibaba::acm::Code>(&catalogs, "acm");
    check::<cloud_errors_alibaba::actiontrail::Code>(&catalogs, "actiontrail");
    check::<cloud_errors_alibaba::adb::Code>(&catalogs, "adb");
    check::<cloud_errors_alibaba::adcp::Code>(&catalogs, "adcp");
    check::<cloud_errors_alibaba::address_purification::Code>(&catalogs, "address_purification");
    check::<cloud_errors_alibaba::advisor::Code>(&catalogs, "advisor");
    check::<cloud_errors_alibaba::agency::Code>(&catalogs, "agency");
    check::<cloud_errors_alibaba::ahas_openapi::Code>(&catalogs, "ahas_openapi");
    check::<cloud_errors_alibaba::aiccs::Code>(&catalogs, "aiccs");
    check::<cloud_errors_alibaba::alb::Code>(&catalogs, "alb");
    check::<cloud_errors_alibaba::alidns::Code>(&catalogs, "alidns");
    check::<cloud_errors_alibaba::aligenie::Code>(&catalogs, "aligenie");
    check::<cloud_errors_alibaba::alikafka::Code>(&catalogs, "alikafka");
    check::<cloud_errors_alibaba::alimt::Code>(&catalogs, "alimt");
    check::<cloud_errors_alibaba::amqp_open::Code>(&catalogs, "amqp_open");
    check::<cloud_errors_alibaba::arms::Code>(&catalogs, "arms");
    check::<cloud_errors_alibaba::baas::Code>(&catalogs, "baas");
    check::<cloud_errors_alibaba::bpstudio::Code>(&catalogs, "bpstudio");
    check::<cloud_errors_alibaba::bssopenapi::Code>(&catalogs, "bssopenapi");
    check::<cloud_errors_alibaba::cams::Code>(&catalogs, "cams");
    check::<cloud_errors_alibaba::cbn::Code>(&catalogs, "cbn");
    check::<cloud_errors_alibaba::cc5g::Code>(&catalogs, "cc5g");
    check::<cloud_errors_alibaba::ccc::Code>(&catalogs, "ccc");
    check::<cloud_errors_alibaba::cddc::Code>(&catalogs, "cddc");
    check::<cloud_errors_alibaba::cdn::Code>(&catalogs, "cdn");
    check::<cloud_errors_alibaba::chatbot::Code>(&catalogs, "chatbot");
    check::<cloud_errors_alibaba::clickhouse::Code>(&catalogs, "clickhouse");
    check::<cloud_errors_alibaba::cloud_siem::Code>(&catalogs, "cloud_siem");
    check::<cloud_errors_alibaba::cloudapi::Code>(&catalogs, "cloudapi");
    check::<cloud_errors_alibaba::cloudauth::Code>(&catalogs, "cloudauth");
    check::<cloud_errors_alibaba::cloudesl::Code>(&catalogs, "cloudesl");
    check::<cloud_errors_alibaba::cloudfw::Code>(&catalogs, "cloudfw");
    check::<cloud_errors_alibaba::cloudphone::Code>(&catalogs, "cloudphone");
    check::<cloud_errors_alibaba::cms::Code>(&catalogs, "cms");
    check::<cloud_errors_alibaba::companyreg::Code>(&catalogs, "companyreg");
    check::<cloud_errors_alibaba::composer::Code>(&catalogs, "composer");
    check::<cloud_errors_alibaba::computenestsupplier::Code>(&catalogs, "computenestsupplier");
    check::<cloud_errors_alibaba::config::Code>(&catalogs, "config");
    check::<cloud_errors_alibaba::cr::Code>(&catalogs, "cr");
    check::<cloud_errors_alibaba::csas::Code>(&catalogs, "csas");
    check::<cloud_errors_alibaba::das::Code>(&catalogs, "das");
    check::<cloud_errors_alibaba::datalake::Code>(&catalogs, "datalake");
    check::<cloud_errors_alibaba::dataworks_public::Code>(&catalogs, "dataworks_public");
    check::<cloud_errors_alibaba::dbfs::Code>(&catalogs, "dbfs");
    check::<cloud_errors_alibaba::dbs::Code>(&catalogs, "dbs");
    check::<cloud_errors_alibaba::dcdn::Code>(&catalogs, "dcdn");
    check::<cloud_errors_alibaba::ddi::Code>(&catalogs, "ddi");
    check::<cloud_errors_alibaba::ddosdiversion::Code>(&catalogs, "ddosdiversion");
    check::<cloud_errors_alibaba::dds::Code>(&catalogs, "dds");
    check::<cloud_errors_alibaba::devops::Code>(&catalogs, "devops");
    check::<cloud_errors_alibaba::dm::Code>(&catalogs, "dm");
    check::<cloud_errors_alibaba::dms_dg::Code>(&catalogs, "dms_dg");
    check::<cloud_errors_alibaba::documentautoml::Code>(&catalogs, "documentautoml");
    check::<cloud_errors_alibaba::drds::Code>(&catalogs, "drds");
    check::<cloud_errors_alibaba::dts::Code>(&catalogs, "dts");
    check::<cloud_errors_alibaba::dyplsapi::Code>(&catalogs, "dyplsapi");
    check::<cloud_errors_alibaba::dypnsapi::Code>(&catalogs, "dypnsapi");
    check::<cloud_errors_alibaba::dypnsapi_intl::Code>(&catalogs, "dypnsapi_intl");
    check::<cloud_errors_alibaba::dysmsapi::Code>(&catalogs, "dysmsapi");
    check::<cloud_errors_alibaba::dytnsapi::Code>(&catalogs, "dytnsapi");
    check::<cloud_errors_alibaba::dyvmsapi::Code>(&catalogs, "dyvmsapi");
    check::<cloud_errors_alibaba::dyvmsapi_intl::Code>(&catalogs, "dyvmsapi_intl");
    check::<cloud_errors_alibaba::eais::Code>(&catalogs, "eais");
    check::<cloud_errors_alibaba::easygene::Code>(&catalogs, "easygene");
    check::<cloud_errors_alibaba::ebs::Code>(&catalogs, "ebs");
    check::<cloud_errors_alibaba::ecd::Code>(&catalogs, "ecd");
    check::<cloud_errors_alibaba::eci::Code>(&catalogs, "eci");
    check::<cloud_errors_alibaba::ecs::Code>(&catalogs, "ecs");
    check::<cloud_errors_alibaba::edas::Code>(&catalogs, "edas");
    check::<cloud_errors_alibaba::eds_user::Code>(&catalogs, "eds_user");
    check::<cloud_errors_alibaba::eflo_controller::Code>(&catalogs, "eflo_controller");
    check::<cloud_errors_alibaba::ehpc::Code>(&catalogs, "ehpc");
    check::<cloud_errors_alibaba::ehpcinstant::Code>(&catalogs, "ehpcinstant");
    check::<cloud_errors_alibaba::eipanycast::Code>(&catalogs, "eipanycast");
    check::<cloud_errors_alibaba::elasticsearch::Code>(&catalogs, "elasticsearch");
    check::<cloud_errors_alibaba::emr::Code>(&catalogs, "emr");
    check::<cloud_errors_alibaba::energyexpertexternal::Code>(&catalogs, "energyexpertexternal");
    check::<cloud_errors_alibaba::ens::Code>(&catalogs, "ens");
    check::<cloud_errors_alibaba::ess::Code>(&catalogs, "ess");
    check::<cloud_errors_alibaba::eventbridge::Code>(&catalogs, "eventbridge");
    check::<cloud_errors_alibaba::expressconnectrouter::Code>(&catalogs, "expressconnectrouter");
    check::<cloud_errors_alibaba::facebody::Code>(&catalogs, "facebody");
    check::<cloud_errors_alibaba::fnf::Code>(&catalogs, "fnf");
    check::<cloud_errors_alibaba::ga::Code>(&catalogs, "ga");
    check::<cloud_errors_alibaba::gemp::Code>(&catalogs, "gemp");
    check::<cloud_errors_alibaba::governance::Code>(&catalogs, "governance");
    check::<cloud_errors_alibaba::gpdb::Code>(&catalogs, "gpdb");
    check::<cloud_errors_alibaba::grace::Code>(&catalogs, "grace");
    check::<cloud_errors_alibaba::hbase::Code>(&catalogs, "hbase");
    check::<cloud_errors_alibaba::hbr::Code>(&catalogs, "hbr");
    check::<cloud_errors_alibaba::hitsdb::Code>(&catalogs, "hitsdb");
    check::<cloud_errors_alibaba::hologram::Code>(&catalogs, "hologram");
    check::<cloud_errors_alibaba::ice::Code>(&catalogs, "ice");
    check::<cloud_errors_alibaba::idrsservice::Code>(&catalogs, "idrsservice");
    check::<cloud_errors_alibaba::imageenhan::Code>(&catalogs, "imageenhan");
    check::<cloud_errors_alibaba::imageprocess::Code>(&catalogs, "imageprocess");
    check::<cloud_errors_alibaba::imagerecog::Code>(&catalogs, "imagerecog");
    check::<cloud_errors_alibaba::imagesearch::Code>(&catalogs, "imagesearch");
    check::<cloud_errors_alibaba::imageseg::Code>(&catalogs, "imageseg");
    check::<cloud_errors_alibaba::imm::Code>(&catalogs, "imm");
    check::<cloud_errors_alibaba::imp::Code>(&catalogs, "imp");
    check::<cloud_errors_alibaba::iot::Code>(&catalogs, "iot");
    check::<cloud_errors_alibaba::iotcc::Code>(&catalogs, "iotcc");
    check::<cloud_errors_alibaba::kms::Code>(&catalogs, "kms");
    check::<cloud_errors_alibaba::kms_instance::Code>(&catalogs, "kms_instance");
    check::<cloud_errors_alibaba::linkcard::Code>(&catalogs, "linkcard");
    check::<cloud_errors_alibaba::linkedmall::Code>(&catalogs, "linkedmall");
    check::<cloud_errors_alibaba::linkvisual::Code>(&catalogs, "linkvisual");
    check::<cloud_errors_alibaba::linkwan::Code>(&catalogs, "linkwan");
    check::<cloud_errors_alibaba::live::Code>(&catalogs, "live");
    check::<cloud_errors_alibaba::ltl::Code>(&catalogs, "ltl");
    check::<cloud_errors_alibaba::market::Code>(&catalogs, "market");
    check::<cloud_errors_alibaba::moguan_sdk::Code>(&catalogs, "moguan_sdk");
    check::<cloud_errors_alibaba::mpserverless::Code>(&catalogs, "mpserverless");
    check::<cloud_errors_alibaba::mse::Code>(&catalogs, "mse");
    check::<cloud_errors_alibaba::mts::Code>(&catalogs, "mts");
    check::<cloud_errors_alibaba::nas::Code>(&catalogs, "nas");
    check::<cloud_errors_alibaba::nis::Code>(&catalogs, "nis");
    check::<cloud_errors_alibaba::nlb::Code>(&catalogs, "nlb");
    check::<cloud_errors_alibaba::nlp_automl::Code>(&catalogs, "nlp_automl");
    check::<cloud_errors_alibaba::objectdet::Code>(&catalogs, "objectdet");
    check::<cloud_errors_alibaba::oceanbasepro::Code>(&catalogs, "oceanbasepro");
    check::<cloud_errors_alibaba::ocr::Code>(&catalogs, "ocr");
    check::<cloud_errors_alibaba::ocr_api::Code>(&catalogs, "ocr_api");
    check::<cloud_errors_alibaba::ons::Code>(&catalogs, "ons");
    check::<cloud_errors_alibaba::onsmqtt::Code>(&catalogs, "onsmqtt");
    check::<cloud_errors_alibaba::oos::Code>(&catalogs, "oos");
    check::<cloud_errors_alibaba::openanalytics_open::Code>(&catalogs, "openanalytics_open");
    check::<cloud_errors_alibaba::opt::Code>(&catalogs, "opt");
    check::<cloud_errors_alibaba::outboundbot::Code>(&catalogs, "outboundbot");
    check::<cloud_errors_alibaba::pcdn::Code>(&catalogs, "pcdn");
    check::<cloud_errors_alibaba::polardb::Code>(&catalogs, "polardb");
    check::<cloud_errors_alibaba::polardbx::Code>(&catalogs, "polardbx");
    check::<cloud_errors_alibaba::premiumpics::Code>(&catalogs, "premiumpics");
    check::<cloud_errors_alibaba::privatelink::Code>(&catalogs, "privatelink");
    check::<cloud_errors_alibaba::pts::Code>(&catalogs, "pts");
    check::<cloud_errors_alibaba::push::Code>(&catalogs, "push");
    check::<cloud_errors_alibaba::pvtz::Code>(&catalogs, "pvtz");
    check::<cloud_errors_alibaba::quickbi_public::Code>(&catalogs, "quickbi_public");
    check::<cloud_errors_alibaba::quotas::Code>(&catalogs, "quotas");
    check::<cloud_errors_alibaba::r_kvstore::Code>(&catalogs, "r_kvstore");
    check::<cloud_errors_alibaba::ram::Code>(&catalogs, "ram");
    check::<cloud_errors_alibaba::rds::Code>(&catalogs, "rds");
    check::<cloud_errors_alibaba::resourcecenter::Code>(&catalogs, "resourcecenter");
    check::<cloud_errors_alibaba::resourcedirectorymaster::Code>(&catalogs, "resourcedirectorymaster");
    check::<cloud_errors_alibaba::resourcemanager::Code>(&catalogs, "resourcemanager");
    check::<cloud_errors_alibaba::resourcesharing::Code>(&catalogs, "resourcesharing");
    check::<cloud_errors_alibaba::retailadvqa::Code>(&catalogs, "retailadvqa");
    check::<cloud_errors_alibaba::rtc::Code>(&catalogs, "rtc");
    check::<cloud_errors_alibaba::sae::Code>(&catalogs, "sae");
    check::<cloud_errors_alibaba::sas::Code>(&catalogs, "sas");
    check::<cloud_errors_alibaba::scdn::Code>(&catalogs, "scdn");
    check::<cloud_errors_alibaba::scsp::Code>(&catalogs, "scsp");
    check::<cloud_errors_alibaba::selectdb::Code>(&catalogs, "selectdb");
    check::<cloud_errors_alibaba::servicecatalog::Code>(&catalogs, "servicecatalog");
    check::<cloud_errors_alibaba::servicemesh::Code>(&catalogs, "servicemesh");
    check::<cloud_errors_alibaba::slb::Code>(&catalogs, "slb");
    check::<cloud_errors_alibaba::sls::Code>(&catalogs, "sls");
    check::<cloud_errors_alibaba::smartag::Code>(&catalogs, "smartag");
    check::<cloud_errors_alibaba::smc::Code>(&catalogs, "smc");
    check::<cloud_errors_alibaba::sofa::Code>(&catalogs, "sofa");
    check::<cloud_errors_alibaba::sophonsoar::Code>(&catalogs, "sophonsoar");
    check::<cloud_errors_alibaba::sts::Code>(&catalogs, "sts");
    check::<cloud_errors_alibaba::support_plan::Code>(&catalogs, "support_plan");
    check::<cloud_errors_alibaba::swas_open::Code>(&catalogs, "swas_open");
    check::<cloud_errors_alibaba::tag::Code>(&catalogs, "tag");
    check::<cloud_errors_alibaba::tdsr::Code>(&catalogs, "tdsr");
    check::<cloud_errors_alibaba::vcs::Code>(&catalogs, "vcs");
    check::<cloud_errors_alibaba::videoenhan::Code>(&catalogs, "videoenhan");
    check::<cloud_errors_alibaba::videorecog::Code>(&catalogs, "videorecog");
    check::<cloud_errors_alibaba::videoseg::Code>(&catalogs, "videoseg");
    check::<cloud_errors_alibaba::vod::Code>(&catalogs, "vod");
    check::<cloud_errors_alibaba::voicenavigator::Code>(&catalogs, "voicenavigator");
    check::<cloud_errors_alibaba::vpc::Code>(&catalogs, "vpc");
    check::<cloud_errors_alibaba::vpcpeer::Code>(&catalogs, "vpcpeer");
    check::<cloud_errors_alibaba::vs::Code>(&catalogs, "vs");
    check::<cloud_errors_alibaba::waf_openapi::Code>(&catalogs, "waf_openapi");
    check::<cloud_errors_alibaba::webplus::Code>(&catalogs, "webplus");
    check::<cloud_errors_alibaba::workorder::Code>(&catalogs, "workorder");
    check::<cloud_errors_alibaba::xtrace::Code>(&catalogs, "xtrace");
    check::<cloud_errors_alibaba::yundun_bastionhost::Code>(&catalogs, "yundun_bastionhost");
}
