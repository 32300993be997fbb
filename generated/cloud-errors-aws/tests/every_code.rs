// @generated from the list of catalogs/ by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Every code of every catalog of `cloud-errors-aws` is a known code of its module, whose `code()`
//! round-trips and whose statuses and retry class are the catalog's; written with `to_response()`,
//! bare and with a message and request id, it reads back as the same error; every code of the
//! base catalog a module does not redefine keeps its retry class there; the family rules hold for
//! every code: those starting with a prefix of `RETRYABLE` are retryable, of `FINAL` not.
#![cfg(feature = "all-products")]

use std::collections::HashMap;

use cloud_errors::{ProviderCode, ProviderError, Retry};

type Catalogs = HashMap<String, Vec<(String, Vec<u16>, Retry)>>;

/// The base catalogs' family rules checked on every code.
const RETRYABLE: &[&str] = &[];
const FINAL: &[&str] = &[];

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
    let (catalogs, bases) = (read("cloud-errors-aws"), read("cloud-errors"));
    assert_eq!(catalogs.len(), 476, "one line below per catalog");
    check::<cloud_errors_aws::abusesignal::Code>(&catalogs, &bases, "abusesignal", Some("aws"));
    check::<cloud_errors_aws::accessanalyzer::Code>(&catalogs, &bases, "accessanalyzer", Some("aws"));
    check::<cloud_errors_aws::account::Code>(&catalogs, &bases, "account", Some("aws"));
    check::<cloud_errors_aws::accountaccess::Code>(&catalogs, &bases, "accountaccess", Some("aws"));
    check::<cloud_errors_aws::accountaccessruntime::Code>(&catalogs, &bases, "accountaccessruntime", Some("aws"));
    check::<cloud_errors_aws::acm::Code>(&catalogs, &bases, "acm", Some("aws"));
    check::<cloud_errors_aws::acmpca::Code>(&catalogs, &bases, "acmpca", Some("aws"));
    check::<cloud_errors_aws::agentdiscovery::Code>(&catalogs, &bases, "agentdiscovery", Some("aws"));
    check::<cloud_errors_aws::agentregistry::Code>(&catalogs, &bases, "agentregistry", Some("aws"));
    check::<cloud_errors_aws::agentregistrycontrol::Code>(&catalogs, &bases, "agentregistrycontrol", Some("aws"));
    check::<cloud_errors_aws::aiops::Code>(&catalogs, &bases, "aiops", Some("aws"));
    check::<cloud_errors_aws::amp::Code>(&catalogs, &bases, "amp", Some("aws"));
    check::<cloud_errors_aws::amplify::Code>(&catalogs, &bases, "amplify", Some("aws"));
    check::<cloud_errors_aws::amplifybackend::Code>(&catalogs, &bases, "amplifybackend", Some("aws"));
    check::<cloud_errors_aws::amplifygen3::Code>(&catalogs, &bases, "amplifygen3", Some("aws"));
    check::<cloud_errors_aws::amplifyuibuilder::Code>(&catalogs, &bases, "amplifyuibuilder", Some("aws"));
    check::<cloud_errors_aws::apigateway::Code>(&catalogs, &bases, "apigateway", Some("aws"));
    check::<cloud_errors_aws::apigatewaymanagement::Code>(&catalogs, &bases, "apigatewaymanagement", Some("aws"));
    check::<cloud_errors_aws::apigatewayv2::Code>(&catalogs, &bases, "apigatewayv2", Some("aws"));
    check::<cloud_errors_aws::apiportal::Code>(&catalogs, &bases, "apiportal", Some("aws"));
    check::<cloud_errors_aws::appconfig::Code>(&catalogs, &bases, "appconfig", Some("aws"));
    check::<cloud_errors_aws::appconfigcloudextension::Code>(&catalogs, &bases, "appconfigcloudextension", Some("aws"));
    check::<cloud_errors_aws::appconfigdata::Code>(&catalogs, &bases, "appconfigdata", Some("aws"));
    check::<cloud_errors_aws::appfabric::Code>(&catalogs, &bases, "appfabric", Some("aws"));
    check::<cloud_errors_aws::appflow::Code>(&catalogs, &bases, "appflow", Some("aws"));
    check::<cloud_errors_aws::appintegrations::Code>(&catalogs, &bases, "appintegrations", Some("aws"));
    check::<cloud_errors_aws::applicationautoscaling::Code>(&catalogs, &bases, "applicationautoscaling", Some("aws"));
    check::<cloud_errors_aws::applicationcostprofiler::Code>(&catalogs, &bases, "applicationcostprofiler", Some("aws"));
    check::<cloud_errors_aws::applicationdiscovery::Code>(&catalogs, &bases, "applicationdiscovery", Some("aws"));
    check::<cloud_errors_aws::applicationinsights::Code>(&catalogs, &bases, "applicationinsights", Some("aws"));
    check::<cloud_errors_aws::applicationsignals::Code>(&catalogs, &bases, "applicationsignals", Some("aws"));
    check::<cloud_errors_aws::appmesh::Code>(&catalogs, &bases, "appmesh", Some("aws"));
    check::<cloud_errors_aws::appmonetization::Code>(&catalogs, &bases, "appmonetization", Some("aws"));
    check::<cloud_errors_aws::apprunner::Code>(&catalogs, &bases, "apprunner", Some("aws"));
    check::<cloud_errors_aws::appstream::Code>(&catalogs, &bases, "appstream", Some("aws"));
    check::<cloud_errors_aws::appsync::Code>(&catalogs, &bases, "appsync", Some("aws"));
    check::<cloud_errors_aws::apptest::Code>(&catalogs, &bases, "apptest", Some("aws"));
    check::<cloud_errors_aws::arcregionswitch::Code>(&catalogs, &bases, "arcregionswitch", Some("aws"));
    check::<cloud_errors_aws::arczonalshift::Code>(&catalogs, &bases, "arczonalshift", Some("aws"));
    check::<cloud_errors_aws::artifact::Code>(&catalogs, &bases, "artifact", Some("aws"));
    check::<cloud_errors_aws::assurance::Code>(&catalogs, &bases, "assurance", Some("aws"));
    check::<cloud_errors_aws::athena::Code>(&catalogs, &bases, "athena", Some("aws"));
    check::<cloud_errors_aws::auditmanager::Code>(&catalogs, &bases, "auditmanager", Some("aws"));
    check::<cloud_errors_aws::autoscaling::Code>(&catalogs, &bases, "autoscaling", Some("aws"));
    check::<cloud_errors_aws::autoscalingplans::Code>(&catalogs, &bases, "autoscalingplans", Some("aws"));
    check::<cloud_errors_aws::b2bi::Code>(&catalogs, &bases, "b2bi", Some("aws"));
    check::<cloud_errors_aws::backup::Code>(&catalogs, &bases, "backup", Some("aws"));
    check::<cloud_errors_aws::backupexternal::Code>(&catalogs, &bases, "backupexternal", Some("aws"));
    check::<cloud_errors_aws::backupgateway::Code>(&catalogs, &bases, "backupgateway", Some("aws"));
    check::<cloud_errors_aws::backupsearch::Code>(&catalogs, &bases, "backupsearch", Some("aws"));
    check::<cloud_errors_aws::batch::Code>(&catalogs, &bases, "batch", Some("aws"));
    check::<cloud_errors_aws::bcmdashboards::Code>(&catalogs, &bases, "bcmdashboards", Some("aws"));
    check::<cloud_errors_aws::bcmdataexports::Code>(&catalogs, &bases, "bcmdataexports", Some("aws"));
    check::<cloud_errors_aws::bcmpricingcalculator::Code>(&catalogs, &bases, "bcmpricingcalculator", Some("aws"));
    check::<cloud_errors_aws::bcmrecommendedactions::Code>(&catalogs, &bases, "bcmrecommendedactions", Some("aws"));
    check::<cloud_errors_aws::bedrock::Code>(&catalogs, &bases, "bedrock", Some("aws"));
    check::<cloud_errors_aws::bedrockagent::Code>(&catalogs, &bases, "bedrockagent", Some("aws"));
    check::<cloud_errors_aws::bedrockagentcore::Code>(&catalogs, &bases, "bedrockagentcore", Some("aws"));
    check::<cloud_errors_aws::bedrockagentcorecontrol::Code>(&catalogs, &bases, "bedrockagentcorecontrol", Some("aws"));
    check::<cloud_errors_aws::bedrockagentruntime::Code>(&catalogs, &bases, "bedrockagentruntime", Some("aws"));
    check::<cloud_errors_aws::bedrockdataautomation::Code>(&catalogs, &bases, "bedrockdataautomation", Some("aws"));
    check::<cloud_errors_aws::bedrockdataautomationruntime::Code>(&catalogs, &bases, "bedrockdataautomationruntime", Some("aws"));
    check::<cloud_errors_aws::bedrockruntime::Code>(&catalogs, &bases, "bedrockruntime", Some("aws"));
    check::<cloud_errors_aws::billing::Code>(&catalogs, &bases, "billing", Some("aws"));
    check::<cloud_errors_aws::billingconductor::Code>(&catalogs, &bases, "billingconductor", Some("aws"));
    check::<cloud_errors_aws::braket::Code>(&catalogs, &bases, "braket", Some("aws"));
    check::<cloud_errors_aws::budgets::Code>(&catalogs, &bases, "budgets", Some("aws"));
    check::<cloud_errors_aws::chatbot::Code>(&catalogs, &bases, "chatbot", Some("aws"));
    check::<cloud_errors_aws::chime::Code>(&catalogs, &bases, "chime", Some("aws"));
    check::<cloud_errors_aws::chimesdkidentity::Code>(&catalogs, &bases, "chimesdkidentity", Some("aws"));
    check::<cloud_errors_aws::chimesdkmediapipelines::Code>(&catalogs, &bases, "chimesdkmediapipelines", Some("aws"));
    check::<cloud_errors_aws::chimesdkmeetings::Code>(&catalogs, &bases, "chimesdkmeetings", Some("aws"));
    check::<cloud_errors_aws::chimesdkmessaging::Code>(&catalogs, &bases, "chimesdkmessaging", Some("aws"));
    check::<cloud_errors_aws::chimesdkvoice::Code>(&catalogs, &bases, "chimesdkvoice", Some("aws"));
    check::<cloud_errors_aws::cleanrooms::Code>(&catalogs, &bases, "cleanrooms", Some("aws"));
    check::<cloud_errors_aws::cleanroomsml::Code>(&catalogs, &bases, "cleanroomsml", Some("aws"));
    check::<cloud_errors_aws::cloud9::Code>(&catalogs, &bases, "cloud9", Some("aws"));
    check::<cloud_errors_aws::cloudcontrol::Code>(&catalogs, &bases, "cloudcontrol", Some("aws"));
    check::<cloud_errors_aws::clouddirectory::Code>(&catalogs, &bases, "clouddirectory", Some("aws"));
    check::<cloud_errors_aws::cloudextensions::Code>(&catalogs, &bases, "cloudextensions", Some("aws"));
    check::<cloud_errors_aws::cloudformation::Code>(&catalogs, &bases, "cloudformation", Some("aws"));
    check::<cloud_errors_aws::cloudfront::Code>(&catalogs, &bases, "cloudfront", Some("aws"));
    check::<cloud_errors_aws::cloudfrontkeyvaluestore::Code>(&catalogs, &bases, "cloudfrontkeyvaluestore", Some("aws"));
    check::<cloud_errors_aws::cloudhsm::Code>(&catalogs, &bases, "cloudhsm", Some("aws"));
    check::<cloud_errors_aws::cloudhsmv2::Code>(&catalogs, &bases, "cloudhsmv2", Some("aws"));
    check::<cloud_errors_aws::cloudsearch::Code>(&catalogs, &bases, "cloudsearch", Some("aws"));
    check::<cloud_errors_aws::cloudsearchdomain::Code>(&catalogs, &bases, "cloudsearchdomain", Some("aws"));
    check::<cloud_errors_aws::cloudtrail::Code>(&catalogs, &bases, "cloudtrail", Some("aws"));
    check::<cloud_errors_aws::cloudtraildata::Code>(&catalogs, &bases, "cloudtraildata", Some("aws"));
    check::<cloud_errors_aws::cloudwatch::Code>(&catalogs, &bases, "cloudwatch", Some("aws"));
    check::<cloud_errors_aws::cloudwatchevents::Code>(&catalogs, &bases, "cloudwatchevents", Some("aws"));
    check::<cloud_errors_aws::cloudwatchlogs::Code>(&catalogs, &bases, "cloudwatchlogs", Some("aws"));
    check::<cloud_errors_aws::cloudwatchomni::Code>(&catalogs, &bases, "cloudwatchomni", Some("aws"));
    check::<cloud_errors_aws::codeartifact::Code>(&catalogs, &bases, "codeartifact", Some("aws"));
    check::<cloud_errors_aws::codebuild::Code>(&catalogs, &bases, "codebuild", Some("aws"));
    check::<cloud_errors_aws::codecatalyst::Code>(&catalogs, &bases, "codecatalyst", Some("aws"));
    check::<cloud_errors_aws::codecommit::Code>(&catalogs, &bases, "codecommit", Some("aws"));
    check::<cloud_errors_aws::codeconnections::Code>(&catalogs, &bases, "codeconnections", Some("aws"));
    check::<cloud_errors_aws::codedeploy::Code>(&catalogs, &bases, "codedeploy", Some("aws"));
    check::<cloud_errors_aws::codeguruprofiler::Code>(&catalogs, &bases, "codeguruprofiler", Some("aws"));
    check::<cloud_errors_aws::codegurureviewer::Code>(&catalogs, &bases, "codegurureviewer", Some("aws"));
    check::<cloud_errors_aws::codegurusecurity::Code>(&catalogs, &bases, "codegurusecurity", Some("aws"));
    check::<cloud_errors_aws::codepipeline::Code>(&catalogs, &bases, "codepipeline", Some("aws"));
    check::<cloud_errors_aws::codestarconnections::Code>(&catalogs, &bases, "codestarconnections", Some("aws"));
    check::<cloud_errors_aws::codestarnotifications::Code>(&catalogs, &bases, "codestarnotifications", Some("aws"));
    check::<cloud_errors_aws::cognitoidentity::Code>(&catalogs, &bases, "cognitoidentity", Some("aws"));
    check::<cloud_errors_aws::cognitoidentityprovider::Code>(&catalogs, &bases, "cognitoidentityprovider", Some("aws"));
    check::<cloud_errors_aws::cognitosync::Code>(&catalogs, &bases, "cognitosync", Some("aws"));
    check::<cloud_errors_aws::comprehend::Code>(&catalogs, &bases, "comprehend", Some("aws"));
    check::<cloud_errors_aws::comprehendmedical::Code>(&catalogs, &bases, "comprehendmedical", Some("aws"));
    check::<cloud_errors_aws::computeoptimizer::Code>(&catalogs, &bases, "computeoptimizer", Some("aws"));
    check::<cloud_errors_aws::computeoptimizerautomation::Code>(&catalogs, &bases, "computeoptimizerautomation", Some("aws"));
    check::<cloud_errors_aws::config::Code>(&catalogs, &bases, "config", Some("aws"));
    check::<cloud_errors_aws::connect::Code>(&catalogs, &bases, "connect", Some("aws"));
    check::<cloud_errors_aws::connectcampaigns::Code>(&catalogs, &bases, "connectcampaigns", Some("aws"));
    check::<cloud_errors_aws::connectcampaignsv2::Code>(&catalogs, &bases, "connectcampaignsv2", Some("aws"));
    check::<cloud_errors_aws::connectcases::Code>(&catalogs, &bases, "connectcases", Some("aws"));
    check::<cloud_errors_aws::connectcontactlens::Code>(&catalogs, &bases, "connectcontactlens", Some("aws"));
    check::<cloud_errors_aws::connecthealth::Code>(&catalogs, &bases, "connecthealth", Some("aws"));
    check::<cloud_errors_aws::connectparticipant::Code>(&catalogs, &bases, "connectparticipant", Some("aws"));
    check::<cloud_errors_aws::connectscheduling::Code>(&catalogs, &bases, "connectscheduling", Some("aws"));
    check::<cloud_errors_aws::context::Code>(&catalogs, &bases, "context", Some("aws"));
    check::<cloud_errors_aws::continuum::Code>(&catalogs, &bases, "continuum", Some("aws"));
    check::<cloud_errors_aws::controlcatalog::Code>(&catalogs, &bases, "controlcatalog", Some("aws"));
    check::<cloud_errors_aws::controltower::Code>(&catalogs, &bases, "controltower", Some("aws"));
    check::<cloud_errors_aws::costandusagereport::Code>(&catalogs, &bases, "costandusagereport", Some("aws"));
    check::<cloud_errors_aws::costexplorer::Code>(&catalogs, &bases, "costexplorer", Some("aws"));
    check::<cloud_errors_aws::costoptimizationhub::Code>(&catalogs, &bases, "costoptimizationhub", Some("aws"));
    check::<cloud_errors_aws::credentialbroker::Code>(&catalogs, &bases, "credentialbroker", Some("aws"));
    check::<cloud_errors_aws::credentialbrokercontrol::Code>(&catalogs, &bases, "credentialbrokercontrol", Some("aws"));
    check::<cloud_errors_aws::customerprofiles::Code>(&catalogs, &bases, "customerprofiles", Some("aws"));
    check::<cloud_errors_aws::databasemigration::Code>(&catalogs, &bases, "databasemigration", Some("aws"));
    check::<cloud_errors_aws::databrew::Code>(&catalogs, &bases, "databrew", Some("aws"));
    check::<cloud_errors_aws::dataexchange::Code>(&catalogs, &bases, "dataexchange", Some("aws"));
    check::<cloud_errors_aws::datapipeline::Code>(&catalogs, &bases, "datapipeline", Some("aws"));
    check::<cloud_errors_aws::datasync::Code>(&catalogs, &bases, "datasync", Some("aws"));
    check::<cloud_errors_aws::datazone::Code>(&catalogs, &bases, "datazone", Some("aws"));
    check::<cloud_errors_aws::dax::Code>(&catalogs, &bases, "dax", Some("aws"));
    check::<cloud_errors_aws::deadline::Code>(&catalogs, &bases, "deadline", Some("aws"));
    check::<cloud_errors_aws::detective::Code>(&catalogs, &bases, "detective", Some("aws"));
    check::<cloud_errors_aws::devicefarm::Code>(&catalogs, &bases, "devicefarm", Some("aws"));
    check::<cloud_errors_aws::devopsagent::Code>(&catalogs, &bases, "devopsagent", Some("aws"));
    check::<cloud_errors_aws::devopsguru::Code>(&catalogs, &bases, "devopsguru", Some("aws"));
    check::<cloud_errors_aws::directconnect::Code>(&catalogs, &bases, "directconnect", Some("aws"));
    check::<cloud_errors_aws::directory::Code>(&catalogs, &bases, "directory", Some("aws"));
    check::<cloud_errors_aws::directoryservicedata::Code>(&catalogs, &bases, "directoryservicedata", Some("aws"));
    check::<cloud_errors_aws::dlm::Code>(&catalogs, &bases, "dlm", Some("aws"));
    check::<cloud_errors_aws::docdb::Code>(&catalogs, &bases, "docdb", Some("aws"));
    check::<cloud_errors_aws::docdbelastic::Code>(&catalogs, &bases, "docdbelastic", Some("aws"));
    check::<cloud_errors_aws::drs::Code>(&catalogs, &bases, "drs", Some("aws"));
    check::<cloud_errors_aws::dsql::Code>(&catalogs, &bases, "dsql", Some("aws"));
    check::<cloud_errors_aws::dynamodb::Code>(&catalogs, &bases, "dynamodb", Some("aws"));
    check::<cloud_errors_aws::dynamodbstreams::Code>(&catalogs, &bases, "dynamodbstreams", Some("aws"));
    check::<cloud_errors_aws::ebs::Code>(&catalogs, &bases, "ebs", Some("aws"));
    check::<cloud_errors_aws::ec2::Code>(&catalogs, &bases, "ec2", Some("aws"));
    check::<cloud_errors_aws::ec2instanceconnect::Code>(&catalogs, &bases, "ec2instanceconnect", Some("aws"));
    check::<cloud_errors_aws::ecr::Code>(&catalogs, &bases, "ecr", Some("aws"));
    check::<cloud_errors_aws::ecrpublic::Code>(&catalogs, &bases, "ecrpublic", Some("aws"));
    check::<cloud_errors_aws::ecs::Code>(&catalogs, &bases, "ecs", Some("aws"));
    check::<cloud_errors_aws::efs::Code>(&catalogs, &bases, "efs", Some("aws"));
    check::<cloud_errors_aws::eks::Code>(&catalogs, &bases, "eks", Some("aws"));
    check::<cloud_errors_aws::eksauth::Code>(&catalogs, &bases, "eksauth", Some("aws"));
    check::<cloud_errors_aws::elasticache::Code>(&catalogs, &bases, "elasticache", Some("aws"));
    check::<cloud_errors_aws::elasticbeanstalk::Code>(&catalogs, &bases, "elasticbeanstalk", Some("aws"));
    check::<cloud_errors_aws::elasticloadbalancing::Code>(&catalogs, &bases, "elasticloadbalancing", Some("aws"));
    check::<cloud_errors_aws::elasticloadbalancingv2::Code>(&catalogs, &bases, "elasticloadbalancingv2", Some("aws"));
    check::<cloud_errors_aws::elasticsearch::Code>(&catalogs, &bases, "elasticsearch", Some("aws"));
    check::<cloud_errors_aws::elastictranscoder::Code>(&catalogs, &bases, "elastictranscoder", Some("aws"));
    check::<cloud_errors_aws::elbproxy::Code>(&catalogs, &bases, "elbproxy", Some("aws"));
    check::<cloud_errors_aws::elementalinference::Code>(&catalogs, &bases, "elementalinference", Some("aws"));
    check::<cloud_errors_aws::emr::Code>(&catalogs, &bases, "emr", Some("aws"));
    check::<cloud_errors_aws::emrcontainers::Code>(&catalogs, &bases, "emrcontainers", Some("aws"));
    check::<cloud_errors_aws::emrserverless::Code>(&catalogs, &bases, "emrserverless", Some("aws"));
    check::<cloud_errors_aws::endusermessaging::Code>(&catalogs, &bases, "endusermessaging", Some("aws"));
    check::<cloud_errors_aws::entityresolution::Code>(&catalogs, &bases, "entityresolution", Some("aws"));
    check::<cloud_errors_aws::eventbridge::Code>(&catalogs, &bases, "eventbridge", Some("aws"));
    check::<cloud_errors_aws::eventbridgev2::Code>(&catalogs, &bases, "eventbridgev2", Some("aws"));
    check::<cloud_errors_aws::evidently::Code>(&catalogs, &bases, "evidently", Some("aws"));
    check::<cloud_errors_aws::evs::Code>(&catalogs, &bases, "evs", Some("aws"));
    check::<cloud_errors_aws::finspace::Code>(&catalogs, &bases, "finspace", Some("aws"));
    check::<cloud_errors_aws::finspacedata::Code>(&catalogs, &bases, "finspacedata", Some("aws"));
    check::<cloud_errors_aws::firehose::Code>(&catalogs, &bases, "firehose", Some("aws"));
    check::<cloud_errors_aws::fis::Code>(&catalogs, &bases, "fis", Some("aws"));
    check::<cloud_errors_aws::fms::Code>(&catalogs, &bases, "fms", Some("aws"));
    check::<cloud_errors_aws::forecast::Code>(&catalogs, &bases, "forecast", Some("aws"));
    check::<cloud_errors_aws::forecastquery::Code>(&catalogs, &bases, "forecastquery", Some("aws"));
    check::<cloud_errors_aws::frauddetector::Code>(&catalogs, &bases, "frauddetector", Some("aws"));
    check::<cloud_errors_aws::freetier::Code>(&catalogs, &bases, "freetier", Some("aws"));
    check::<cloud_errors_aws::fsx::Code>(&catalogs, &bases, "fsx", Some("aws"));
    check::<cloud_errors_aws::gamelift::Code>(&catalogs, &bases, "gamelift", Some("aws"));
    check::<cloud_errors_aws::gameliftstreams::Code>(&catalogs, &bases, "gameliftstreams", Some("aws"));
    check::<cloud_errors_aws::geomaps::Code>(&catalogs, &bases, "geomaps", Some("aws"));
    check::<cloud_errors_aws::geoplaces::Code>(&catalogs, &bases, "geoplaces", Some("aws"));
    check::<cloud_errors_aws::georoutes::Code>(&catalogs, &bases, "georoutes", Some("aws"));
    check::<cloud_errors_aws::glacier::Code>(&catalogs, &bases, "glacier", Some("aws"));
    check::<cloud_errors_aws::globalaccelerator::Code>(&catalogs, &bases, "globalaccelerator", Some("aws"));
    check::<cloud_errors_aws::glue::Code>(&catalogs, &bases, "glue", Some("aws"));
    check::<cloud_errors_aws::grafana::Code>(&catalogs, &bases, "grafana", Some("aws"));
    check::<cloud_errors_aws::greengrass::Code>(&catalogs, &bases, "greengrass", Some("aws"));
    check::<cloud_errors_aws::greengrassv2::Code>(&catalogs, &bases, "greengrassv2", Some("aws"));
    check::<cloud_errors_aws::groundstation::Code>(&catalogs, &bases, "groundstation", Some("aws"));
    check::<cloud_errors_aws::guardduty::Code>(&catalogs, &bases, "guardduty", Some("aws"));
    check::<cloud_errors_aws::health::Code>(&catalogs, &bases, "health", Some("aws"));
    check::<cloud_errors_aws::healthlake::Code>(&catalogs, &bases, "healthlake", Some("aws"));
    check::<cloud_errors_aws::iam::Code>(&catalogs, &bases, "iam", Some("aws"));
    check::<cloud_errors_aws::iamtoolbox::Code>(&catalogs, &bases, "iamtoolbox", Some("aws"));
    check::<cloud_errors_aws::identitystore::Code>(&catalogs, &bases, "identitystore", Some("aws"));
    check::<cloud_errors_aws::imagebuilder::Code>(&catalogs, &bases, "imagebuilder", Some("aws"));
    check::<cloud_errors_aws::importexport::Code>(&catalogs, &bases, "importexport", Some("aws"));
    check::<cloud_errors_aws::inspector::Code>(&catalogs, &bases, "inspector", Some("aws"));
    check::<cloud_errors_aws::inspector2::Code>(&catalogs, &bases, "inspector2", Some("aws"));
    check::<cloud_errors_aws::inspectorscan::Code>(&catalogs, &bases, "inspectorscan", Some("aws"));
    check::<cloud_errors_aws::interconnect::Code>(&catalogs, &bases, "interconnect", Some("aws"));
    check::<cloud_errors_aws::internetmonitor::Code>(&catalogs, &bases, "internetmonitor", Some("aws"));
    check::<cloud_errors_aws::invoicing::Code>(&catalogs, &bases, "invoicing", Some("aws"));
    check::<cloud_errors_aws::iot::Code>(&catalogs, &bases, "iot", Some("aws"));
    check::<cloud_errors_aws::iotanalytics::Code>(&catalogs, &bases, "iotanalytics", Some("aws"));
    check::<cloud_errors_aws::iotdataplane::Code>(&catalogs, &bases, "iotdataplane", Some("aws"));
    check::<cloud_errors_aws::iotdeviceadvisor::Code>(&catalogs, &bases, "iotdeviceadvisor", Some("aws"));
    check::<cloud_errors_aws::iotevents::Code>(&catalogs, &bases, "iotevents", Some("aws"));
    check::<cloud_errors_aws::ioteventsdata::Code>(&catalogs, &bases, "ioteventsdata", Some("aws"));
    check::<cloud_errors_aws::iotfleethub::Code>(&catalogs, &bases, "iotfleethub", Some("aws"));
    check::<cloud_errors_aws::iotfleetwise::Code>(&catalogs, &bases, "iotfleetwise", Some("aws"));
    check::<cloud_errors_aws::iotjobsdataplane::Code>(&catalogs, &bases, "iotjobsdataplane", Some("aws"));
    check::<cloud_errors_aws::iotmanagedintegrations::Code>(&catalogs, &bases, "iotmanagedintegrations", Some("aws"));
    check::<cloud_errors_aws::iotsecuretunneling::Code>(&catalogs, &bases, "iotsecuretunneling", Some("aws"));
    check::<cloud_errors_aws::iotsitewise::Code>(&catalogs, &bases, "iotsitewise", Some("aws"));
    check::<cloud_errors_aws::iotthingsgraph::Code>(&catalogs, &bases, "iotthingsgraph", Some("aws"));
    check::<cloud_errors_aws::iottwinmaker::Code>(&catalogs, &bases, "iottwinmaker", Some("aws"));
    check::<cloud_errors_aws::iotwireless::Code>(&catalogs, &bases, "iotwireless", Some("aws"));
    check::<cloud_errors_aws::ivs::Code>(&catalogs, &bases, "ivs", Some("aws"));
    check::<cloud_errors_aws::ivschat::Code>(&catalogs, &bases, "ivschat", Some("aws"));
    check::<cloud_errors_aws::ivsrealtime::Code>(&catalogs, &bases, "ivsrealtime", Some("aws"));
    check::<cloud_errors_aws::kafka::Code>(&catalogs, &bases, "kafka", Some("aws"));
    check::<cloud_errors_aws::kafkaconnect::Code>(&catalogs, &bases, "kafkaconnect", Some("aws"));
    check::<cloud_errors_aws::kendra::Code>(&catalogs, &bases, "kendra", Some("aws"));
    check::<cloud_errors_aws::kendraranking::Code>(&catalogs, &bases, "kendraranking", Some("aws"));
    check::<cloud_errors_aws::keyspaces::Code>(&catalogs, &bases, "keyspaces", Some("aws"));
    check::<cloud_errors_aws::keyspacesstreams::Code>(&catalogs, &bases, "keyspacesstreams", Some("aws"));
    check::<cloud_errors_aws::kinesis::Code>(&catalogs, &bases, "kinesis", Some("aws"));
    check::<cloud_errors_aws::kinesisanalytics::Code>(&catalogs, &bases, "kinesisanalytics", Some("aws"));
    check::<cloud_errors_aws::kinesisanalyticsv2::Code>(&catalogs, &bases, "kinesisanalyticsv2", Some("aws"));
    check::<cloud_errors_aws::kinesisvideo::Code>(&catalogs, &bases, "kinesisvideo", Some("aws"));
    check::<cloud_errors_aws::kinesisvideoarchivedmedia::Code>(&catalogs, &bases, "kinesisvideoarchivedmedia", Some("aws"));
    check::<cloud_errors_aws::kinesisvideomedia::Code>(&catalogs, &bases, "kinesisvideomedia", Some("aws"));
    check::<cloud_errors_aws::kinesisvideosignaling::Code>(&catalogs, &bases, "kinesisvideosignaling", Some("aws"));
    check::<cloud_errors_aws::kinesisvideowebrtcstorage::Code>(&catalogs, &bases, "kinesisvideowebrtcstorage", Some("aws"));
    check::<cloud_errors_aws::kms::Code>(&catalogs, &bases, "kms", Some("aws"));
    check::<cloud_errors_aws::lakeformation::Code>(&catalogs, &bases, "lakeformation", Some("aws"));
    check::<cloud_errors_aws::lambda::Code>(&catalogs, &bases, "lambda", Some("aws"));
    check::<cloud_errors_aws::lambdacore::Code>(&catalogs, &bases, "lambdacore", Some("aws"));
    check::<cloud_errors_aws::lambdamicrovms::Code>(&catalogs, &bases, "lambdamicrovms", Some("aws"));
    check::<cloud_errors_aws::lambdaweb::Code>(&catalogs, &bases, "lambdaweb", Some("aws"));
    check::<cloud_errors_aws::launchwizard::Code>(&catalogs, &bases, "launchwizard", Some("aws"));
    check::<cloud_errors_aws::lexmodelbuilding::Code>(&catalogs, &bases, "lexmodelbuilding", Some("aws"));
    check::<cloud_errors_aws::lexmodelsv2::Code>(&catalogs, &bases, "lexmodelsv2", Some("aws"));
    check::<cloud_errors_aws::lexruntime::Code>(&catalogs, &bases, "lexruntime", Some("aws"));
    check::<cloud_errors_aws::lexruntimev2::Code>(&catalogs, &bases, "lexruntimev2", Some("aws"));
    check::<cloud_errors_aws::licensemanager::Code>(&catalogs, &bases, "licensemanager", Some("aws"));
    check::<cloud_errors_aws::licensemanagerlinuxsubscriptions::Code>(&catalogs, &bases, "licensemanagerlinuxsubscriptions", Some("aws"));
    check::<cloud_errors_aws::licensemanagerusersubscriptions::Code>(&catalogs, &bases, "licensemanagerusersubscriptions", Some("aws"));
    check::<cloud_errors_aws::lightsail::Code>(&catalogs, &bases, "lightsail", Some("aws"));
    check::<cloud_errors_aws::location::Code>(&catalogs, &bases, "location", Some("aws"));
    check::<cloud_errors_aws::lookoutequipment::Code>(&catalogs, &bases, "lookoutequipment", Some("aws"));
    check::<cloud_errors_aws::lookoutmetrics::Code>(&catalogs, &bases, "lookoutmetrics", Some("aws"));
    check::<cloud_errors_aws::lookoutvision::Code>(&catalogs, &bases, "lookoutvision", Some("aws"));
    check::<cloud_errors_aws::m2::Code>(&catalogs, &bases, "m2", Some("aws"));
    check::<cloud_errors_aws::machinelearning::Code>(&catalogs, &bases, "machinelearning", Some("aws"));
    check::<cloud_errors_aws::macie2::Code>(&catalogs, &bases, "macie2", Some("aws"));
    check::<cloud_errors_aws::mailmanager::Code>(&catalogs, &bases, "mailmanager", Some("aws"));
    check::<cloud_errors_aws::managedblockchain::Code>(&catalogs, &bases, "managedblockchain", Some("aws"));
    check::<cloud_errors_aws::managedblockchainquery::Code>(&catalogs, &bases, "managedblockchainquery", Some("aws"));
    check::<cloud_errors_aws::marketplaceagreement::Code>(&catalogs, &bases, "marketplaceagreement", Some("aws"));
    check::<cloud_errors_aws::marketplacecatalog::Code>(&catalogs, &bases, "marketplacecatalog", Some("aws"));
    check::<cloud_errors_aws::marketplacecommerceanalytics::Code>(&catalogs, &bases, "marketplacecommerceanalytics", Some("aws"));
    check::<cloud_errors_aws::marketplacedeployment::Code>(&catalogs, &bases, "marketplacedeployment", Some("aws"));
    check::<cloud_errors_aws::marketplacediscovery::Code>(&catalogs, &bases, "marketplacediscovery", Some("aws"));
    check::<cloud_errors_aws::marketplaceentitlement::Code>(&catalogs, &bases, "marketplaceentitlement", Some("aws"));
    check::<cloud_errors_aws::marketplacemetering::Code>(&catalogs, &bases, "marketplacemetering", Some("aws"));
    check::<cloud_errors_aws::marketplacereporting::Code>(&catalogs, &bases, "marketplacereporting", Some("aws"));
    check::<cloud_errors_aws::mediaconnect::Code>(&catalogs, &bases, "mediaconnect", Some("aws"));
    check::<cloud_errors_aws::mediaconvert::Code>(&catalogs, &bases, "mediaconvert", Some("aws"));
    check::<cloud_errors_aws::medialive::Code>(&catalogs, &bases, "medialive", Some("aws"));
    check::<cloud_errors_aws::mediapackage::Code>(&catalogs, &bases, "mediapackage", Some("aws"));
    check::<cloud_errors_aws::mediapackagev2::Code>(&catalogs, &bases, "mediapackagev2", Some("aws"));
    check::<cloud_errors_aws::mediapackagevod::Code>(&catalogs, &bases, "mediapackagevod", Some("aws"));
    check::<cloud_errors_aws::mediastore::Code>(&catalogs, &bases, "mediastore", Some("aws"));
    check::<cloud_errors_aws::mediastoredata::Code>(&catalogs, &bases, "mediastoredata", Some("aws"));
    check::<cloud_errors_aws::mediatailor::Code>(&catalogs, &bases, "mediatailor", Some("aws"));
    check::<cloud_errors_aws::medicalimaging::Code>(&catalogs, &bases, "medicalimaging", Some("aws"));
    check::<cloud_errors_aws::memorydb::Code>(&catalogs, &bases, "memorydb", Some("aws"));
    check::<cloud_errors_aws::mgn::Code>(&catalogs, &bases, "mgn", Some("aws"));
    check::<cloud_errors_aws::migrationhub::Code>(&catalogs, &bases, "migrationhub", Some("aws"));
    check::<cloud_errors_aws::migrationhubconfig::Code>(&catalogs, &bases, "migrationhubconfig", Some("aws"));
    check::<cloud_errors_aws::migrationhuborchestrator::Code>(&catalogs, &bases, "migrationhuborchestrator", Some("aws"));
    check::<cloud_errors_aws::migrationhubrefactorspaces::Code>(&catalogs, &bases, "migrationhubrefactorspaces", Some("aws"));
    check::<cloud_errors_aws::migrationhubstrategy::Code>(&catalogs, &bases, "migrationhubstrategy", Some("aws"));
    check::<cloud_errors_aws::mpa::Code>(&catalogs, &bases, "mpa", Some("aws"));
    check::<cloud_errors_aws::mq::Code>(&catalogs, &bases, "mq", Some("aws"));
    check::<cloud_errors_aws::mturk::Code>(&catalogs, &bases, "mturk", Some("aws"));
    check::<cloud_errors_aws::mwaa::Code>(&catalogs, &bases, "mwaa", Some("aws"));
    check::<cloud_errors_aws::mwaaserverless::Code>(&catalogs, &bases, "mwaaserverless", Some("aws"));
    check::<cloud_errors_aws::neptune::Code>(&catalogs, &bases, "neptune", Some("aws"));
    check::<cloud_errors_aws::neptunedata::Code>(&catalogs, &bases, "neptunedata", Some("aws"));
    check::<cloud_errors_aws::neptunegraph::Code>(&catalogs, &bases, "neptunegraph", Some("aws"));
    check::<cloud_errors_aws::networkfirewall::Code>(&catalogs, &bases, "networkfirewall", Some("aws"));
    check::<cloud_errors_aws::networkflowmonitor::Code>(&catalogs, &bases, "networkflowmonitor", Some("aws"));
    check::<cloud_errors_aws::networkmanager::Code>(&catalogs, &bases, "networkmanager", Some("aws"));
    check::<cloud_errors_aws::networkmonitor::Code>(&catalogs, &bases, "networkmonitor", Some("aws"));
    check::<cloud_errors_aws::networksecuritymanager::Code>(&catalogs, &bases, "networksecuritymanager", Some("aws"));
    check::<cloud_errors_aws::notifications::Code>(&catalogs, &bases, "notifications", Some("aws"));
    check::<cloud_errors_aws::notificationscontacts::Code>(&catalogs, &bases, "notificationscontacts", Some("aws"));
    check::<cloud_errors_aws::novaact::Code>(&catalogs, &bases, "novaact", Some("aws"));
    check::<cloud_errors_aws::oam::Code>(&catalogs, &bases, "oam", Some("aws"));
    check::<cloud_errors_aws::observabilityadmin::Code>(&catalogs, &bases, "observabilityadmin", Some("aws"));
    check::<cloud_errors_aws::odb::Code>(&catalogs, &bases, "odb", Some("aws"));
    check::<cloud_errors_aws::omics::Code>(&catalogs, &bases, "omics", Some("aws"));
    check::<cloud_errors_aws::opensearch::Code>(&catalogs, &bases, "opensearch", Some("aws"));
    check::<cloud_errors_aws::opensearchmemory::Code>(&catalogs, &bases, "opensearchmemory", Some("aws"));
    check::<cloud_errors_aws::opensearchserverless::Code>(&catalogs, &bases, "opensearchserverless", Some("aws"));
    check::<cloud_errors_aws::opsworks::Code>(&catalogs, &bases, "opsworks", Some("aws"));
    check::<cloud_errors_aws::opsworkscm::Code>(&catalogs, &bases, "opsworkscm", Some("aws"));
    check::<cloud_errors_aws::organizations::Code>(&catalogs, &bases, "organizations", Some("aws"));
    check::<cloud_errors_aws::osis::Code>(&catalogs, &bases, "osis", Some("aws"));
    check::<cloud_errors_aws::outposts::Code>(&catalogs, &bases, "outposts", Some("aws"));
    check::<cloud_errors_aws::panorama::Code>(&catalogs, &bases, "panorama", Some("aws"));
    check::<cloud_errors_aws::partnercentralaccount::Code>(&catalogs, &bases, "partnercentralaccount", Some("aws"));
    check::<cloud_errors_aws::partnercentralbenefits::Code>(&catalogs, &bases, "partnercentralbenefits", Some("aws"));
    check::<cloud_errors_aws::partnercentralchannel::Code>(&catalogs, &bases, "partnercentralchannel", Some("aws"));
    check::<cloud_errors_aws::partnercentralmarketing::Code>(&catalogs, &bases, "partnercentralmarketing", Some("aws"));
    check::<cloud_errors_aws::partnercentralrevenuemeasurement::Code>(&catalogs, &bases, "partnercentralrevenuemeasurement", Some("aws"));
    check::<cloud_errors_aws::partnercentralselling::Code>(&catalogs, &bases, "partnercentralselling", Some("aws"));
    check::<cloud_errors_aws::paymentcryptography::Code>(&catalogs, &bases, "paymentcryptography", Some("aws"));
    check::<cloud_errors_aws::paymentcryptographydata::Code>(&catalogs, &bases, "paymentcryptographydata", Some("aws"));
    check::<cloud_errors_aws::payments::Code>(&catalogs, &bases, "payments", Some("aws"));
    check::<cloud_errors_aws::pcaconnectorad::Code>(&catalogs, &bases, "pcaconnectorad", Some("aws"));
    check::<cloud_errors_aws::pcaconnectorscep::Code>(&catalogs, &bases, "pcaconnectorscep", Some("aws"));
    check::<cloud_errors_aws::pcs::Code>(&catalogs, &bases, "pcs", Some("aws"));
    check::<cloud_errors_aws::personalize::Code>(&catalogs, &bases, "personalize", Some("aws"));
    check::<cloud_errors_aws::personalizeevents::Code>(&catalogs, &bases, "personalizeevents", Some("aws"));
    check::<cloud_errors_aws::personalizeruntime::Code>(&catalogs, &bases, "personalizeruntime", Some("aws"));
    check::<cloud_errors_aws::pi::Code>(&catalogs, &bases, "pi", Some("aws"));
    check::<cloud_errors_aws::pinpoint::Code>(&catalogs, &bases, "pinpoint", Some("aws"));
    check::<cloud_errors_aws::pinpointemail::Code>(&catalogs, &bases, "pinpointemail", Some("aws"));
    check::<cloud_errors_aws::pinpointsmsvoice::Code>(&catalogs, &bases, "pinpointsmsvoice", Some("aws"));
    check::<cloud_errors_aws::pinpointsmsvoicev2::Code>(&catalogs, &bases, "pinpointsmsvoicev2", Some("aws"));
    check::<cloud_errors_aws::pipes::Code>(&catalogs, &bases, "pipes", Some("aws"));
    check::<cloud_errors_aws::polly::Code>(&catalogs, &bases, "polly", Some("aws"));
    check::<cloud_errors_aws::pricing::Code>(&catalogs, &bases, "pricing", Some("aws"));
    check::<cloud_errors_aws::pricingplanmanager::Code>(&catalogs, &bases, "pricingplanmanager", Some("aws"));
    check::<cloud_errors_aws::privatenetworks::Code>(&catalogs, &bases, "privatenetworks", Some("aws"));
    check::<cloud_errors_aws::proton::Code>(&catalogs, &bases, "proton", Some("aws"));
    check::<cloud_errors_aws::qapps::Code>(&catalogs, &bases, "qapps", Some("aws"));
    check::<cloud_errors_aws::qbusiness::Code>(&catalogs, &bases, "qbusiness", Some("aws"));
    check::<cloud_errors_aws::qconnect::Code>(&catalogs, &bases, "qconnect", Some("aws"));
    check::<cloud_errors_aws::qldb::Code>(&catalogs, &bases, "qldb", Some("aws"));
    check::<cloud_errors_aws::qldbsession::Code>(&catalogs, &bases, "qldbsession", Some("aws"));
    check::<cloud_errors_aws::quicksight::Code>(&catalogs, &bases, "quicksight", Some("aws"));
    check::<cloud_errors_aws::ram::Code>(&catalogs, &bases, "ram", Some("aws"));
    check::<cloud_errors_aws::rbin::Code>(&catalogs, &bases, "rbin", Some("aws"));
    check::<cloud_errors_aws::rds::Code>(&catalogs, &bases, "rds", Some("aws"));
    check::<cloud_errors_aws::rdsdata::Code>(&catalogs, &bases, "rdsdata", Some("aws"));
    check::<cloud_errors_aws::redshift::Code>(&catalogs, &bases, "redshift", Some("aws"));
    check::<cloud_errors_aws::redshiftdata::Code>(&catalogs, &bases, "redshiftdata", Some("aws"));
    check::<cloud_errors_aws::redshiftserverless::Code>(&catalogs, &bases, "redshiftserverless", Some("aws"));
    check::<cloud_errors_aws::rekognition::Code>(&catalogs, &bases, "rekognition", Some("aws"));
    check::<cloud_errors_aws::repostspace::Code>(&catalogs, &bases, "repostspace", Some("aws"));
    check::<cloud_errors_aws::resiliencehub::Code>(&catalogs, &bases, "resiliencehub", Some("aws"));
    check::<cloud_errors_aws::resiliencehubv2::Code>(&catalogs, &bases, "resiliencehubv2", Some("aws"));
    check::<cloud_errors_aws::resourceexplorer2::Code>(&catalogs, &bases, "resourceexplorer2", Some("aws"));
    check::<cloud_errors_aws::resourcegroups::Code>(&catalogs, &bases, "resourcegroups", Some("aws"));
    check::<cloud_errors_aws::resourcegroupstagging::Code>(&catalogs, &bases, "resourcegroupstagging", Some("aws"));
    check::<cloud_errors_aws::robomaker::Code>(&catalogs, &bases, "robomaker", Some("aws"));
    check::<cloud_errors_aws::rolesanywhere::Code>(&catalogs, &bases, "rolesanywhere", Some("aws"));
    check::<cloud_errors_aws::route53::Code>(&catalogs, &bases, "route53", Some("aws"));
    check::<cloud_errors_aws::route53domains::Code>(&catalogs, &bases, "route53domains", Some("aws"));
    check::<cloud_errors_aws::route53globalresolver::Code>(&catalogs, &bases, "route53globalresolver", Some("aws"));
    check::<cloud_errors_aws::route53profiles::Code>(&catalogs, &bases, "route53profiles", Some("aws"));
    check::<cloud_errors_aws::route53recoverycluster::Code>(&catalogs, &bases, "route53recoverycluster", Some("aws"));
    check::<cloud_errors_aws::route53recoverycontrolconfig::Code>(&catalogs, &bases, "route53recoverycontrolconfig", Some("aws"));
    check::<cloud_errors_aws::route53recoveryreadiness::Code>(&catalogs, &bases, "route53recoveryreadiness", Some("aws"));
    check::<cloud_errors_aws::route53resolver::Code>(&catalogs, &bases, "route53resolver", Some("aws"));
    check::<cloud_errors_aws::rtbfabric::Code>(&catalogs, &bases, "rtbfabric", Some("aws"));
    check::<cloud_errors_aws::rum::Code>(&catalogs, &bases, "rum", Some("aws"));
    check::<cloud_errors_aws::s3::Code>(&catalogs, &bases, "s3", Some("aws"));
    check::<cloud_errors_aws::s3control::Code>(&catalogs, &bases, "s3control", Some("aws"));
    check::<cloud_errors_aws::s3files::Code>(&catalogs, &bases, "s3files", Some("aws"));
    check::<cloud_errors_aws::s3outposts::Code>(&catalogs, &bases, "s3outposts", Some("aws"));
    check::<cloud_errors_aws::s3tables::Code>(&catalogs, &bases, "s3tables", Some("aws"));
    check::<cloud_errors_aws::s3vectors::Code>(&catalogs, &bases, "s3vectors", Some("aws"));
    check::<cloud_errors_aws::sagemaker::Code>(&catalogs, &bases, "sagemaker", Some("aws"));
    check::<cloud_errors_aws::sagemakera2iruntime::Code>(&catalogs, &bases, "sagemakera2iruntime", Some("aws"));
    check::<cloud_errors_aws::sagemakeredge::Code>(&catalogs, &bases, "sagemakeredge", Some("aws"));
    check::<cloud_errors_aws::sagemakerfeaturestoreruntime::Code>(&catalogs, &bases, "sagemakerfeaturestoreruntime", Some("aws"));
    check::<cloud_errors_aws::sagemakergatewayruntime::Code>(&catalogs, &bases, "sagemakergatewayruntime", Some("aws"));
    check::<cloud_errors_aws::sagemakergeospatial::Code>(&catalogs, &bases, "sagemakergeospatial", Some("aws"));
    check::<cloud_errors_aws::sagemakerinferencerouterruntime::Code>(&catalogs, &bases, "sagemakerinferencerouterruntime", Some("aws"));
    check::<cloud_errors_aws::sagemakerjobruntime::Code>(&catalogs, &bases, "sagemakerjobruntime", Some("aws"));
    check::<cloud_errors_aws::sagemakerruntime::Code>(&catalogs, &bases, "sagemakerruntime", Some("aws"));
    check::<cloud_errors_aws::sagemakertrainingsessionruntime::Code>(&catalogs, &bases, "sagemakertrainingsessionruntime", Some("aws"));
    check::<cloud_errors_aws::savingsplans::Code>(&catalogs, &bases, "savingsplans", Some("aws"));
    check::<cloud_errors_aws::scheduler::Code>(&catalogs, &bases, "scheduler", Some("aws"));
    check::<cloud_errors_aws::schemas::Code>(&catalogs, &bases, "schemas", Some("aws"));
    check::<cloud_errors_aws::secretsmanager::Code>(&catalogs, &bases, "secretsmanager", Some("aws"));
    check::<cloud_errors_aws::securityagent::Code>(&catalogs, &bases, "securityagent", Some("aws"));
    check::<cloud_errors_aws::securityhub::Code>(&catalogs, &bases, "securityhub", Some("aws"));
    check::<cloud_errors_aws::securityir::Code>(&catalogs, &bases, "securityir", Some("aws"));
    check::<cloud_errors_aws::securitylake::Code>(&catalogs, &bases, "securitylake", Some("aws"));
    check::<cloud_errors_aws::serverlessapplicationrepository::Code>(&catalogs, &bases, "serverlessapplicationrepository", Some("aws"));
    check::<cloud_errors_aws::servicecatalog::Code>(&catalogs, &bases, "servicecatalog", Some("aws"));
    check::<cloud_errors_aws::servicecatalogappregistry::Code>(&catalogs, &bases, "servicecatalogappregistry", Some("aws"));
    check::<cloud_errors_aws::servicediscovery::Code>(&catalogs, &bases, "servicediscovery", Some("aws"));
    check::<cloud_errors_aws::servicequotas::Code>(&catalogs, &bases, "servicequotas", Some("aws"));
    check::<cloud_errors_aws::ses::Code>(&catalogs, &bases, "ses", Some("aws"));
    check::<cloud_errors_aws::sesv2::Code>(&catalogs, &bases, "sesv2", Some("aws"));
    check::<cloud_errors_aws::sfn::Code>(&catalogs, &bases, "sfn", Some("aws"));
    check::<cloud_errors_aws::shield::Code>(&catalogs, &bases, "shield", Some("aws"));
    check::<cloud_errors_aws::signer::Code>(&catalogs, &bases, "signer", Some("aws"));
    check::<cloud_errors_aws::signerdata::Code>(&catalogs, &bases, "signerdata", Some("aws"));
    check::<cloud_errors_aws::signin::Code>(&catalogs, &bases, "signin", Some("aws"));
    check::<cloud_errors_aws::simpledb::Code>(&catalogs, &bases, "simpledb", Some("aws"));
    check::<cloud_errors_aws::simpledbv2::Code>(&catalogs, &bases, "simpledbv2", Some("aws"));
    check::<cloud_errors_aws::simspaceweaver::Code>(&catalogs, &bases, "simspaceweaver", Some("aws"));
    check::<cloud_errors_aws::sms::Code>(&catalogs, &bases, "sms", Some("aws"));
    check::<cloud_errors_aws::snowball::Code>(&catalogs, &bases, "snowball", Some("aws"));
    check::<cloud_errors_aws::snowdevicemanagement::Code>(&catalogs, &bases, "snowdevicemanagement", Some("aws"));
    check::<cloud_errors_aws::sns::Code>(&catalogs, &bases, "sns", Some("aws"));
    check::<cloud_errors_aws::socialmessaging::Code>(&catalogs, &bases, "socialmessaging", Some("aws"));
    check::<cloud_errors_aws::sqs::Code>(&catalogs, &bases, "sqs", Some("aws"));
    check::<cloud_errors_aws::ssm::Code>(&catalogs, &bases, "ssm", Some("aws"));
    check::<cloud_errors_aws::ssmcontacts::Code>(&catalogs, &bases, "ssmcontacts", Some("aws"));
    check::<cloud_errors_aws::ssmguiconnect::Code>(&catalogs, &bases, "ssmguiconnect", Some("aws"));
    check::<cloud_errors_aws::ssmincidents::Code>(&catalogs, &bases, "ssmincidents", Some("aws"));
    check::<cloud_errors_aws::ssmquicksetup::Code>(&catalogs, &bases, "ssmquicksetup", Some("aws"));
    check::<cloud_errors_aws::ssmsap::Code>(&catalogs, &bases, "ssmsap", Some("aws"));
    check::<cloud_errors_aws::sso::Code>(&catalogs, &bases, "sso", Some("aws"));
    check::<cloud_errors_aws::ssoadmin::Code>(&catalogs, &bases, "ssoadmin", Some("aws"));
    check::<cloud_errors_aws::ssooidc::Code>(&catalogs, &bases, "ssooidc", Some("aws"));
    check::<cloud_errors_aws::storagegateway::Code>(&catalogs, &bases, "storagegateway", Some("aws"));
    check::<cloud_errors_aws::sts::Code>(&catalogs, &bases, "sts", Some("aws"));
    check::<cloud_errors_aws::supplychain::Code>(&catalogs, &bases, "supplychain", Some("aws"));
    check::<cloud_errors_aws::support::Code>(&catalogs, &bases, "support", Some("aws"));
    check::<cloud_errors_aws::supportapp::Code>(&catalogs, &bases, "supportapp", Some("aws"));
    check::<cloud_errors_aws::supportauthz::Code>(&catalogs, &bases, "supportauthz", Some("aws"));
    check::<cloud_errors_aws::sustainability::Code>(&catalogs, &bases, "sustainability", Some("aws"));
    check::<cloud_errors_aws::swf::Code>(&catalogs, &bases, "swf", Some("aws"));
    check::<cloud_errors_aws::synthetics::Code>(&catalogs, &bases, "synthetics", Some("aws"));
    check::<cloud_errors_aws::taxsettings::Code>(&catalogs, &bases, "taxsettings", Some("aws"));
    check::<cloud_errors_aws::textract::Code>(&catalogs, &bases, "textract", Some("aws"));
    check::<cloud_errors_aws::timestreaminfluxdb::Code>(&catalogs, &bases, "timestreaminfluxdb", Some("aws"));
    check::<cloud_errors_aws::timestreamquery::Code>(&catalogs, &bases, "timestreamquery", Some("aws"));
    check::<cloud_errors_aws::timestreamwrite::Code>(&catalogs, &bases, "timestreamwrite", Some("aws"));
    check::<cloud_errors_aws::tnb::Code>(&catalogs, &bases, "tnb", Some("aws"));
    check::<cloud_errors_aws::transcribe::Code>(&catalogs, &bases, "transcribe", Some("aws"));
    check::<cloud_errors_aws::transcribestreaming::Code>(&catalogs, &bases, "transcribestreaming", Some("aws"));
    check::<cloud_errors_aws::transfer::Code>(&catalogs, &bases, "transfer", Some("aws"));
    check::<cloud_errors_aws::translate::Code>(&catalogs, &bases, "translate", Some("aws"));
    check::<cloud_errors_aws::trustedadvisor::Code>(&catalogs, &bases, "trustedadvisor", Some("aws"));
    check::<cloud_errors_aws::uxc::Code>(&catalogs, &bases, "uxc", Some("aws"));
    check::<cloud_errors_aws::verifiedpermissions::Code>(&catalogs, &bases, "verifiedpermissions", Some("aws"));
    check::<cloud_errors_aws::voiceid::Code>(&catalogs, &bases, "voiceid", Some("aws"));
    check::<cloud_errors_aws::vpclattice::Code>(&catalogs, &bases, "vpclattice", Some("aws"));
    check::<cloud_errors_aws::waf::Code>(&catalogs, &bases, "waf", Some("aws"));
    check::<cloud_errors_aws::wafregional::Code>(&catalogs, &bases, "wafregional", Some("aws"));
    check::<cloud_errors_aws::wafv2::Code>(&catalogs, &bases, "wafv2", Some("aws"));
    check::<cloud_errors_aws::wellarchitected::Code>(&catalogs, &bases, "wellarchitected", Some("aws"));
    check::<cloud_errors_aws::wickr::Code>(&catalogs, &bases, "wickr", Some("aws"));
    check::<cloud_errors_aws::wisdom::Code>(&catalogs, &bases, "wisdom", Some("aws"));
    check::<cloud_errors_aws::workdocs::Code>(&catalogs, &bases, "workdocs", Some("aws"));
    check::<cloud_errors_aws::workmail::Code>(&catalogs, &bases, "workmail", Some("aws"));
    check::<cloud_errors_aws::workmailmessageflow::Code>(&catalogs, &bases, "workmailmessageflow", Some("aws"));
    check::<cloud_errors_aws::workspaces::Code>(&catalogs, &bases, "workspaces", Some("aws"));
    check::<cloud_errors_aws::workspacesinstances::Code>(&catalogs, &bases, "workspacesinstances", Some("aws"));
    check::<cloud_errors_aws::workspacesthinclient::Code>(&catalogs, &bases, "workspacesthinclient", Some("aws"));
    check::<cloud_errors_aws::workspacesweb::Code>(&catalogs, &bases, "workspacesweb", Some("aws"));
    check::<cloud_errors_aws::xray::Code>(&catalogs, &bases, "xray", Some("aws"));
}
