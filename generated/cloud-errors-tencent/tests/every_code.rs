// @generated from the list of catalogs/ by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Every code of every catalog of `cloud-errors-tencent` is a known code of its module, whose `code()`
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
        .find(|generated| generated.name == "cloud-errors-tencent")
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
    assert_eq!(catalogs.len(), 282, "one line below per catalog");
    check::<cloud_errors_tencent::aai::Code>(&catalogs, "aai");
    check::<cloud_errors_tencent::aca::Code>(&catalogs, "aca");
    check::<cloud_errors_tencent::acp::Code>(&catalogs, "acp");
    check::<cloud_errors_tencent::adp::Code>(&catalogs, "adp");
    check::<cloud_errors_tencent::advisor::Code>(&catalogs, "advisor");
    check::<cloud_errors_tencent::af::Code>(&catalogs, "af");
    check::<cloud_errors_tencent::afc::Code>(&catalogs, "afc");
    check::<cloud_errors_tencent::ags::Code>(&catalogs, "ags");
    check::<cloud_errors_tencent::aiart::Code>(&catalogs, "aiart");
    check::<cloud_errors_tencent::alb::Code>(&catalogs, "alb");
    check::<cloud_errors_tencent::ame::Code>(&catalogs, "ame");
    check::<cloud_errors_tencent::ams_v20200608::Code>(&catalogs, "ams_v20200608");
    check::<cloud_errors_tencent::ams_v20201229::Code>(&catalogs, "ams_v20201229");
    check::<cloud_errors_tencent::anicloud::Code>(&catalogs, "anicloud");
    check::<cloud_errors_tencent::antiddos_v20200309::Code>(&catalogs, "antiddos_v20200309");
    check::<cloud_errors_tencent::antiddos_v20250903::Code>(&catalogs, "antiddos_v20250903");
    check::<cloud_errors_tencent::ape::Code>(&catalogs, "ape");
    check::<cloud_errors_tencent::api::Code>(&catalogs, "api");
    check::<cloud_errors_tencent::apigateway::Code>(&catalogs, "apigateway");
    check::<cloud_errors_tencent::apm::Code>(&catalogs, "apm");
    check::<cloud_errors_tencent::as_::Code>(&catalogs, "as_");
    check::<cloud_errors_tencent::asr::Code>(&catalogs, "asr");
    check::<cloud_errors_tencent::asw::Code>(&catalogs, "asw");
    check::<cloud_errors_tencent::ba::Code>(&catalogs, "ba");
    check::<cloud_errors_tencent::batch::Code>(&catalogs, "batch");
    check::<cloud_errors_tencent::bda::Code>(&catalogs, "bda");
    check::<cloud_errors_tencent::bh::Code>(&catalogs, "bh");
    check::<cloud_errors_tencent::bi::Code>(&catalogs, "bi");
    check::<cloud_errors_tencent::billing::Code>(&catalogs, "billing");
    check::<cloud_errors_tencent::bizlive::Code>(&catalogs, "bizlive");
    check::<cloud_errors_tencent::bm::Code>(&catalogs, "bm");
    check::<cloud_errors_tencent::bma_v20210624::Code>(&catalogs, "bma_v20210624");
    check::<cloud_errors_tencent::bma_v20221115::Code>(&catalogs, "bma_v20221115");
    check::<cloud_errors_tencent::bmeip::Code>(&catalogs, "bmeip");
    check::<cloud_errors_tencent::bmlb::Code>(&catalogs, "bmlb");
    check::<cloud_errors_tencent::bmvpc::Code>(&catalogs, "bmvpc");
    check::<cloud_errors_tencent::bpaas::Code>(&catalogs, "bpaas");
    check::<cloud_errors_tencent::bri::Code>(&catalogs, "bri");
    check::<cloud_errors_tencent::bsca::Code>(&catalogs, "bsca");
    check::<cloud_errors_tencent::btoe_v20210303::Code>(&catalogs, "btoe_v20210303");
    check::<cloud_errors_tencent::btoe_v20210514::Code>(&catalogs, "btoe_v20210514");
    check::<cloud_errors_tencent::ca::Code>(&catalogs, "ca");
    check::<cloud_errors_tencent::cam::Code>(&catalogs, "cam");
    check::<cloud_errors_tencent::captcha::Code>(&catalogs, "captcha");
    check::<cloud_errors_tencent::car::Code>(&catalogs, "car");
    check::<cloud_errors_tencent::cat::Code>(&catalogs, "cat");
    check::<cloud_errors_tencent::cbs::Code>(&catalogs, "cbs");
    check::<cloud_errors_tencent::ccc::Code>(&catalogs, "ccc");
    check::<cloud_errors_tencent::cdb::Code>(&catalogs, "cdb");
    check::<cloud_errors_tencent::cdc::Code>(&catalogs, "cdc");
    check::<cloud_errors_tencent::cdn::Code>(&catalogs, "cdn");
    check::<cloud_errors_tencent::cds::Code>(&catalogs, "cds");
    check::<cloud_errors_tencent::cdwch::Code>(&catalogs, "cdwch");
    check::<cloud_errors_tencent::cdwdoris::Code>(&catalogs, "cdwdoris");
    check::<cloud_errors_tencent::cdwpg::Code>(&catalogs, "cdwpg");
    check::<cloud_errors_tencent::cdz::Code>(&catalogs, "cdz");
    check::<cloud_errors_tencent::cetcd::Code>(&catalogs, "cetcd");
    check::<cloud_errors_tencent::cfg::Code>(&catalogs, "cfg");
    check::<cloud_errors_tencent::cfs::Code>(&catalogs, "cfs");
    check::<cloud_errors_tencent::cfw::Code>(&catalogs, "cfw");
    check::<cloud_errors_tencent::chc::Code>(&catalogs, "chc");
    check::<cloud_errors_tencent::chdfs_v20190718::Code>(&catalogs, "chdfs_v20190718");
    check::<cloud_errors_tencent::chdfs_v20201112::Code>(&catalogs, "chdfs_v20201112");
    check::<cloud_errors_tencent::ciam::Code>(&catalogs, "ciam");
    check::<cloud_errors_tencent::cii_v20201210::Code>(&catalogs, "cii_v20201210");
    check::<cloud_errors_tencent::cii_v20210408::Code>(&catalogs, "cii_v20210408");
    check::<cloud_errors_tencent::cim::Code>(&catalogs, "cim");
    check::<cloud_errors_tencent::ckafka::Code>(&catalogs, "ckafka");
    check::<cloud_errors_tencent::clb::Code>(&catalogs, "clb");
    check::<cloud_errors_tencent::cloudapp::Code>(&catalogs, "cloudapp");
    check::<cloud_errors_tencent::cloudaudit::Code>(&catalogs, "cloudaudit");
    check::<cloud_errors_tencent::cloudhsm::Code>(&catalogs, "cloudhsm");
    check::<cloud_errors_tencent::cloudmate::Code>(&catalogs, "cloudmate");
    check::<cloud_errors_tencent::cloudrc::Code>(&catalogs, "cloudrc");
    check::<cloud_errors_tencent::cloudstudio::Code>(&catalogs, "cloudstudio");
    check::<cloud_errors_tencent::cls::Code>(&catalogs, "cls");
    check::<cloud_errors_tencent::cme::Code>(&catalogs, "cme");
    check::<cloud_errors_tencent::cmq::Code>(&catalogs, "cmq");
    check::<cloud_errors_tencent::cms::Code>(&catalogs, "cms");
    check::<cloud_errors_tencent::cngw::Code>(&catalogs, "cngw");
    check::<cloud_errors_tencent::config::Code>(&catalogs, "config");
    check::<cloud_errors_tencent::controlcenter::Code>(&catalogs, "controlcenter");
    check::<cloud_errors_tencent::cpdp::Code>(&catalogs, "cpdp");
    check::<cloud_errors_tencent::csip::Code>(&catalogs, "csip");
    check::<cloud_errors_tencent::csxg::Code>(&catalogs, "csxg");
    check::<cloud_errors_tencent::ctem::Code>(&catalogs, "ctem");
    check::<cloud_errors_tencent::ctsdb::Code>(&catalogs, "ctsdb");
    check::<cloud_errors_tencent::cvm::Code>(&catalogs, "cvm");
    check::<cloud_errors_tencent::cwp::Code>(&catalogs, "cwp");
    check::<cloud_errors_tencent::cws::Code>(&catalogs, "cws");
    check::<cloud_errors_tencent::cynosdb::Code>(&catalogs, "cynosdb");
    check::<cloud_errors_tencent::dasb::Code>(&catalogs, "dasb");
    check::<cloud_errors_tencent::dataagent::Code>(&catalogs, "dataagent");
    check::<cloud_errors_tencent::dayu::Code>(&catalogs, "dayu");
    check::<cloud_errors_tencent::dbbrain_v20191016::Code>(&catalogs, "dbbrain_v20191016");
    check::<cloud_errors_tencent::dbbrain_v20210527::Code>(&catalogs, "dbbrain_v20210527");
    check::<cloud_errors_tencent::dbdc::Code>(&catalogs, "dbdc");
    check::<cloud_errors_tencent::dbs::Code>(&catalogs, "dbs");
    check::<cloud_errors_tencent::dc::Code>(&catalogs, "dc");
    check::<cloud_errors_tencent::dcdb::Code>(&catalogs, "dcdb");
    check::<cloud_errors_tencent::dlc::Code>(&catalogs, "dlc");
    check::<cloud_errors_tencent::dnspod::Code>(&catalogs, "dnspod");
    check::<cloud_errors_tencent::domain::Code>(&catalogs, "domain");
    check::<cloud_errors_tencent::drm::Code>(&catalogs, "drm");
    check::<cloud_errors_tencent::ds::Code>(&catalogs, "ds");
    check::<cloud_errors_tencent::dsgc::Code>(&catalogs, "dsgc");
    check::<cloud_errors_tencent::dts_v20180330::Code>(&catalogs, "dts_v20180330");
    check::<cloud_errors_tencent::dts_v20211206::Code>(&catalogs, "dts_v20211206");
    check::<cloud_errors_tencent::eb::Code>(&catalogs, "eb");
    check::<cloud_errors_tencent::ecc::Code>(&catalogs, "ecc");
    check::<cloud_errors_tencent::ecdn::Code>(&catalogs, "ecdn");
    check::<cloud_errors_tencent::ecm::Code>(&catalogs, "ecm");
    check::<cloud_errors_tencent::eiam::Code>(&catalogs, "eiam");
    check::<cloud_errors_tencent::eis_v20200715::Code>(&catalogs, "eis_v20200715");
    check::<cloud_errors_tencent::eis_v20210601::Code>(&catalogs, "eis_v20210601");
    check::<cloud_errors_tencent::emr::Code>(&catalogs, "emr");
    check::<cloud_errors_tencent::es_v20180416::Code>(&catalogs, "es_v20180416");
    check::<cloud_errors_tencent::es_v20250101::Code>(&catalogs, "es_v20250101");
    check::<cloud_errors_tencent::ess::Code>(&catalogs, "ess");
    check::<cloud_errors_tencent::essbasic_v20201222::Code>(&catalogs, "essbasic_v20201222");
    check::<cloud_errors_tencent::essbasic_v20210526::Code>(&catalogs, "essbasic_v20210526");
    check::<cloud_errors_tencent::evt::Code>(&catalogs, "evt");
    check::<cloud_errors_tencent::facefusion_v20181201::Code>(&catalogs, "facefusion_v20181201");
    check::<cloud_errors_tencent::facefusion_v20220927::Code>(&catalogs, "facefusion_v20220927");
    check::<cloud_errors_tencent::faceid::Code>(&catalogs, "faceid");
    check::<cloud_errors_tencent::fmu::Code>(&catalogs, "fmu");
    check::<cloud_errors_tencent::ft::Code>(&catalogs, "ft");
    check::<cloud_errors_tencent::fwm::Code>(&catalogs, "fwm");
    check::<cloud_errors_tencent::ga2::Code>(&catalogs, "ga2");
    check::<cloud_errors_tencent::gaap::Code>(&catalogs, "gaap");
    check::<cloud_errors_tencent::gme::Code>(&catalogs, "gme");
    check::<cloud_errors_tencent::goosefs::Code>(&catalogs, "goosefs");
    check::<cloud_errors_tencent::gs::Code>(&catalogs, "gs");
    check::<cloud_errors_tencent::gwlb::Code>(&catalogs, "gwlb");
    check::<cloud_errors_tencent::hai::Code>(&catalogs, "hai");
    check::<cloud_errors_tencent::hasim::Code>(&catalogs, "hasim");
    check::<cloud_errors_tencent::hcm::Code>(&catalogs, "hcm");
    check::<cloud_errors_tencent::hunyuan::Code>(&catalogs, "hunyuan");
    check::<cloud_errors_tencent::iai_v20180301::Code>(&catalogs, "iai_v20180301");
    check::<cloud_errors_tencent::iai_v20200303::Code>(&catalogs, "iai_v20200303");
    check::<cloud_errors_tencent::iap::Code>(&catalogs, "iap");
    check::<cloud_errors_tencent::ic::Code>(&catalogs, "ic");
    check::<cloud_errors_tencent::ie::Code>(&catalogs, "ie");
    check::<cloud_errors_tencent::ig::Code>(&catalogs, "ig");
    check::<cloud_errors_tencent::igtm::Code>(&catalogs, "igtm");
    check::<cloud_errors_tencent::ims_v20200713::Code>(&catalogs, "ims_v20200713");
    check::<cloud_errors_tencent::ims_v20201229::Code>(&catalogs, "ims_v20201229");
    check::<cloud_errors_tencent::ioa::Code>(&catalogs, "ioa");
    check::<cloud_errors_tencent::iot::Code>(&catalogs, "iot");
    check::<cloud_errors_tencent::iotcloud_v20180614::Code>(&catalogs, "iotcloud_v20180614");
    check::<cloud_errors_tencent::iotcloud_v20210408::Code>(&catalogs, "iotcloud_v20210408");
    check::<cloud_errors_tencent::iotexplorer::Code>(&catalogs, "iotexplorer");
    check::<cloud_errors_tencent::iotvideo_v20191126::Code>(&catalogs, "iotvideo_v20191126");
    check::<cloud_errors_tencent::iotvideo_v20201215::Code>(&catalogs, "iotvideo_v20201215");
    check::<cloud_errors_tencent::iotvideo_v20211125::Code>(&catalogs, "iotvideo_v20211125");
    check::<cloud_errors_tencent::iotvideoindustry::Code>(&catalogs, "iotvideoindustry");
    check::<cloud_errors_tencent::irp_v20220324::Code>(&catalogs, "irp_v20220324");
    check::<cloud_errors_tencent::irp_v20220805::Code>(&catalogs, "irp_v20220805");
    check::<cloud_errors_tencent::iss::Code>(&catalogs, "iss");
    check::<cloud_errors_tencent::ivld::Code>(&catalogs, "ivld");
    check::<cloud_errors_tencent::keewidb::Code>(&catalogs, "keewidb");
    check::<cloud_errors_tencent::kms::Code>(&catalogs, "kms");
    check::<cloud_errors_tencent::lcic::Code>(&catalogs, "lcic");
    check::<cloud_errors_tencent::lighthouse::Code>(&catalogs, "lighthouse");
    check::<cloud_errors_tencent::live::Code>(&catalogs, "live");
    check::<cloud_errors_tencent::lke::Code>(&catalogs, "lke");
    check::<cloud_errors_tencent::lkeap::Code>(&catalogs, "lkeap");
    check::<cloud_errors_tencent::lowcode::Code>(&catalogs, "lowcode");
    check::<cloud_errors_tencent::mariadb::Code>(&catalogs, "mariadb");
    check::<cloud_errors_tencent::market::Code>(&catalogs, "market");
    check::<cloud_errors_tencent::memcached::Code>(&catalogs, "memcached");
    check::<cloud_errors_tencent::mmps::Code>(&catalogs, "mmps");
    check::<cloud_errors_tencent::mna::Code>(&catalogs, "mna");
    check::<cloud_errors_tencent::mongodb_v20180408::Code>(&catalogs, "mongodb_v20180408");
    check::<cloud_errors_tencent::mongodb_v20190725::Code>(&catalogs, "mongodb_v20190725");
    check::<cloud_errors_tencent::monitor_v20180724::Code>(&catalogs, "monitor_v20180724");
    check::<cloud_errors_tencent::monitor_v20230616::Code>(&catalogs, "monitor_v20230616");
    check::<cloud_errors_tencent::mps::Code>(&catalogs, "mps");
    check::<cloud_errors_tencent::mqtt::Code>(&catalogs, "mqtt");
    check::<cloud_errors_tencent::mrs::Code>(&catalogs, "mrs");
    check::<cloud_errors_tencent::ms::Code>(&catalogs, "ms");
    check::<cloud_errors_tencent::msp::Code>(&catalogs, "msp");
    check::<cloud_errors_tencent::nlp::Code>(&catalogs, "nlp");
    check::<cloud_errors_tencent::oceanus::Code>(&catalogs, "oceanus");
    check::<cloud_errors_tencent::ocr::Code>(&catalogs, "ocr");
    check::<cloud_errors_tencent::omics::Code>(&catalogs, "omics");
    check::<cloud_errors_tencent::organization_v20181225::Code>(&catalogs, "organization_v20181225");
    check::<cloud_errors_tencent::organization_v20210331::Code>(&catalogs, "organization_v20210331");
    check::<cloud_errors_tencent::partners::Code>(&catalogs, "partners");
    check::<cloud_errors_tencent::portal::Code>(&catalogs, "portal");
    check::<cloud_errors_tencent::postgres::Code>(&catalogs, "postgres");
    check::<cloud_errors_tencent::privatedns::Code>(&catalogs, "privatedns");
    check::<cloud_errors_tencent::pts::Code>(&catalogs, "pts");
    check::<cloud_errors_tencent::rce_v20260130::Code>(&catalogs, "rce_v20260130");
    check::<cloud_errors_tencent::redis::Code>(&catalogs, "redis");
    check::<cloud_errors_tencent::region::Code>(&catalogs, "region");
    check::<cloud_errors_tencent::rum::Code>(&catalogs, "rum");
    check::<cloud_errors_tencent::scf::Code>(&catalogs, "scf");
    check::<cloud_errors_tencent::securitylake::Code>(&catalogs, "securitylake");
    check::<cloud_errors_tencent::ses::Code>(&catalogs, "ses");
    check::<cloud_errors_tencent::smh::Code>(&catalogs, "smh");
    check::<cloud_errors_tencent::sms_v20190711::Code>(&catalogs, "sms_v20190711");
    check::<cloud_errors_tencent::sms_v20210111::Code>(&catalogs, "sms_v20210111");
    check::<cloud_errors_tencent::soe::Code>(&catalogs, "soe");
    check::<cloud_errors_tencent::sqlserver::Code>(&catalogs, "sqlserver");
    check::<cloud_errors_tencent::ssa::Code>(&catalogs, "ssa");
    check::<cloud_errors_tencent::ssl::Code>(&catalogs, "ssl");
    check::<cloud_errors_tencent::sslpod::Code>(&catalogs, "sslpod");
    check::<cloud_errors_tencent::ssm::Code>(&catalogs, "ssm");
    check::<cloud_errors_tencent::sts::Code>(&catalogs, "sts");
    check::<cloud_errors_tencent::svp::Code>(&catalogs, "svp");
    check::<cloud_errors_tencent::tag::Code>(&catalogs, "tag");
    check::<cloud_errors_tencent::tat::Code>(&catalogs, "tat");
    check::<cloud_errors_tencent::tbaas::Code>(&catalogs, "tbaas");
    check::<cloud_errors_tencent::tbp_v20190311::Code>(&catalogs, "tbp_v20190311");
    check::<cloud_errors_tencent::tbp_v20190627::Code>(&catalogs, "tbp_v20190627");
    check::<cloud_errors_tencent::tcaplusdb::Code>(&catalogs, "tcaplusdb");
    check::<cloud_errors_tencent::tcb::Code>(&catalogs, "tcb");
    check::<cloud_errors_tencent::tcbr::Code>(&catalogs, "tcbr");
    check::<cloud_errors_tencent::tccatalog::Code>(&catalogs, "tccatalog");
    check::<cloud_errors_tencent::tchd::Code>(&catalogs, "tchd");
    check::<cloud_errors_tencent::tcm::Code>(&catalogs, "tcm");
    check::<cloud_errors_tencent::tcr::Code>(&catalogs, "tcr");
    check::<cloud_errors_tencent::tcss::Code>(&catalogs, "tcss");
    check::<cloud_errors_tencent::tdai::Code>(&catalogs, "tdai");
    check::<cloud_errors_tencent::tdcpg::Code>(&catalogs, "tdcpg");
    check::<cloud_errors_tencent::tdid::Code>(&catalogs, "tdid");
    check::<cloud_errors_tencent::tdmq::Code>(&catalogs, "tdmq");
    check::<cloud_errors_tencent::tdmysql::Code>(&catalogs, "tdmysql");
    check::<cloud_errors_tencent::tds::Code>(&catalogs, "tds");
    check::<cloud_errors_tencent::tem_v20201221::Code>(&catalogs, "tem_v20201221");
    check::<cloud_errors_tencent::tem_v20210701::Code>(&catalogs, "tem_v20210701");
    check::<cloud_errors_tencent::teo_v20220106::Code>(&catalogs, "teo_v20220106");
    check::<cloud_errors_tencent::teo_v20220901::Code>(&catalogs, "teo_v20220901");
    check::<cloud_errors_tencent::thpc_v20211109::Code>(&catalogs, "thpc_v20211109");
    check::<cloud_errors_tencent::thpc_v20220401::Code>(&catalogs, "thpc_v20220401");
    check::<cloud_errors_tencent::thpc_v20230321::Code>(&catalogs, "thpc_v20230321");
    check::<cloud_errors_tencent::tia::Code>(&catalogs, "tia");
    check::<cloud_errors_tencent::tiia::Code>(&catalogs, "tiia");
    check::<cloud_errors_tencent::tione_v20191022::Code>(&catalogs, "tione_v20191022");
    check::<cloud_errors_tencent::tione_v20211111::Code>(&catalogs, "tione_v20211111");
    check::<cloud_errors_tencent::tiw::Code>(&catalogs, "tiw");
    check::<cloud_errors_tencent::tke_v20180525::Code>(&catalogs, "tke_v20180525");
    check::<cloud_errors_tencent::tke_v20220501::Code>(&catalogs, "tke_v20220501");
    check::<cloud_errors_tencent::tkgdq::Code>(&catalogs, "tkgdq");
    check::<cloud_errors_tencent::tms_v20200713::Code>(&catalogs, "tms_v20200713");
    check::<cloud_errors_tencent::tms_v20201229::Code>(&catalogs, "tms_v20201229");
    check::<cloud_errors_tencent::tmt::Code>(&catalogs, "tmt");
    check::<cloud_errors_tencent::tokenhub::Code>(&catalogs, "tokenhub");
    check::<cloud_errors_tencent::trabbit::Code>(&catalogs, "trabbit");
    check::<cloud_errors_tencent::trocket::Code>(&catalogs, "trocket");
    check::<cloud_errors_tencent::trp::Code>(&catalogs, "trp");
    check::<cloud_errors_tencent::trro::Code>(&catalogs, "trro");
    check::<cloud_errors_tencent::trtc::Code>(&catalogs, "trtc");
    check::<cloud_errors_tencent::tse::Code>(&catalogs, "tse");
    check::<cloud_errors_tencent::tsf::Code>(&catalogs, "tsf");
    check::<cloud_errors_tencent::tsi::Code>(&catalogs, "tsi");
    check::<cloud_errors_tencent::tts::Code>(&catalogs, "tts");
    check::<cloud_errors_tencent::vcg::Code>(&catalogs, "vcg");
    check::<cloud_errors_tencent::vclm::Code>(&catalogs, "vclm");
    check::<cloud_errors_tencent::vcube::Code>(&catalogs, "vcube");
    check::<cloud_errors_tencent::vdb::Code>(&catalogs, "vdb");
    check::<cloud_errors_tencent::vm_v20200709::Code>(&catalogs, "vm_v20200709");
    check::<cloud_errors_tencent::vm_v20201229::Code>(&catalogs, "vm_v20201229");
    check::<cloud_errors_tencent::vm_v20210922::Code>(&catalogs, "vm_v20210922");
    check::<cloud_errors_tencent::vms::Code>(&catalogs, "vms");
    check::<cloud_errors_tencent::vod_v20180717::Code>(&catalogs, "vod_v20180717");
    check::<cloud_errors_tencent::vod_v20240718::Code>(&catalogs, "vod_v20240718");
    check::<cloud_errors_tencent::vpc::Code>(&catalogs, "vpc");
    check::<cloud_errors_tencent::vrs::Code>(&catalogs, "vrs");
    check::<cloud_errors_tencent::vtc::Code>(&catalogs, "vtc");
    check::<cloud_errors_tencent::waf::Code>(&catalogs, "waf");
    check::<cloud_errors_tencent::wav::Code>(&catalogs, "wav");
    check::<cloud_errors_tencent::wedata_v20210820::Code>(&catalogs, "wedata_v20210820");
    check::<cloud_errors_tencent::wedata_v20250806::Code>(&catalogs, "wedata_v20250806");
    check::<cloud_errors_tencent::weilingwith::Code>(&catalogs, "weilingwith");
    check::<cloud_errors_tencent::wimgs::Code>(&catalogs, "wimgs");
    check::<cloud_errors_tencent::wsa::Code>(&catalogs, "wsa");
    check::<cloud_errors_tencent::wss::Code>(&catalogs, "wss");
    check::<cloud_errors_tencent::yinsuda::Code>(&catalogs, "yinsuda");
    check::<cloud_errors_tencent::yunjing::Code>(&catalogs, "yunjing");
    check::<cloud_errors_tencent::yunsou_v20191115::Code>(&catalogs, "yunsou_v20191115");
}
