// @generated from the list of catalogs/ by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Error codes of Amazon Web Services, product by product: 476 catalogs, 6290 codes, generated
//! from `catalogs/aws/`. Each catalog is a module with a `Code` enum, behind the Cargo
//! feature of its envelope, the protocol the service speaks (none is on by default: name
//! the protocols of the services you call; the table below gives each module's).
//!
//! Each `Code` extends [`cloud_errors::aws::Code`]: codes a product does not define
//! are looked up there (`Code::Base`), and unknown sub-codes take their family's retry
//! class. The vocabulary (`Retry`, `Category`, `ErrorCode`, `ProviderError`) is `cloud_errors`'s.
//!
//! ```
//! # #[cfg(feature = "aws_rest_json")] {
//! use cloud_errors::ErrorCode;
//! use cloud_errors_aws::abusesignal::Code;
//!
//! let code = Code::from_code("AccessDeniedException");
//! assert_eq!(code, Code::AccessDeniedException);
//! assert_eq!(code.code(), "AccessDeniedException");
//! println!("{}: retry {:?}", code.description(), code.retry());
//! # }
//! ```
//!
//! # AWS
//!
//! **Modules.** A module per service, named as aws-sdk-rust names its crate `aws-sdk-<module>`: the
//! model's `sdkId` lowercased, spaces removed, then a trailing `service`, then a trailing `api`
//! removed (smithy-rs `buildSrc/src/main/kotlin/aws/sdk/ServiceLoader.kt`, `discoverServices`);
//! `s3`, `dynamodb`, `elasticloadbalancingv2`, `config`, `resourcegroupstagging`. Each `Code`
//! extends [`cloud_errors::aws::Code`]: the standard retry mode's throttling and transient codes
//! (`SlowDown`, `ThrottlingException`, `RequestTimeout`, …) and the codes the SDKs name for expired
//! credentials or a skewed clock (`ExpiredTokenException`, `SignatureDoesNotMatch`, …) parse in every
//! module, whether the service's model lists them or not, and every module takes that catalog's
//! retry policy.
//!
//! **Features.** One per protocol, named by its envelope: `aws_json` (awsJson1_0/1_1), `aws_rest_json`,
//! `aws_rest_xml`, `aws_query`, `aws_ec2`, `aws_cbor` (rpcv2Cbor; see "Sources"); the crate's docs
//! give each module's. Not one per service: crates.io allows 300 features a crate and AWS has
//! over 400 services. Not none: the XML protocols need an XML reader (quick-xml) that users of JSON
//! services should not compile. Within a protocol every service is compiled, which is cheap: the
//! whole crate (`all-products`, 476 modules) rebuilds in about 2.4 s in a debug build and 5 s in
//! release, and builds cold with its dependencies in 18 s (BENCHMARKS.md, "cloud-errors-aws").
//!
//! **Facts.** Imported by `cargo xtask import aws` from the Smithy models (aws/api-models-aws), facts
//! only: each error shape's wire code (the `@awsQueryError` code on query services), its statuses
//! (`@httpError`, else the query error's, else 400 for a client and 500 for a server fault), its
//! fault, `@retryable`. The services the models lack, the error shapes a model lacks, and the
//! protocols where botocore's list is newer, come from botocore (`--botocore`, see "Sources").
//! Descriptions are derived from the code's words, without the `Exception` or `Fault` suffix, after
//! the meaning of its family where `FAMILIES` in `xtask/src/import/aws.rs` has one (`Throttling`, and
//! the one-word shapes many services declare: `ConflictException` → "The request conflicts with the
//! current state of the resource."). S3's codes that its model does not list (`SlowDown`,
//! `InternalError`, …) are curated from AWS's S3 error code list (`catalogs/aws/s3.curated.yaml`), and EC2, whose model declares no error,
//! is a catalog written by hand from AWS's EC2 error code list and the codes EC2's waiters expect
//! (`InvalidInstanceID.NotFound`, …, from botocore's `ec2/2016-11-15/waiters-2.json`;
//! `catalogs/aws/ec2.yaml`). The other codes botocore's waiters expect that the models lack are
//! curated beside their catalogs: CloudFormation's `ValidationError`, SageMaker's
//! `ValidationException`, ELBv2's `InvalidInstance` and ACM PCA's `AccessDeniedException`. S3 answers
//! a `HEAD` of a missing bucket or key with 404 and no body: `s3::Error` reads it as
//! `s3::Code::NotFound`, as aws-sdk-rust does (botocore names it `404`).
//!
//! ## Sources
//!
//! Two, each pinned in the header of every catalog it gave something to:
//!
//! - **aws/api-models-aws** at `56c8953e87aeead95ae5e66a3ca6a355731db6ad` (April 2025, the newest
//!   snapshot the fetch tool has): the Smithy JSON AST models, the source of every fact of every
//!   shape they have. 402 model files (EC2's, over 4 MiB, is not in the snapshot; botocore's EC2
//!   declares no exception shape either); 401 of them model error shapes and become modules, **5,317
//!   codes**; SageMaker Metrics models none.
//! - **botocore 1.44.18** from PyPI (`botocore-1.44.18-py3-none-any.whl`, sha256
//!   `300bc45095e810c5d915cefacdd6ea9ef786fe566aa4e221bf0449b4e0e95076`): the release the
//!   conformance suite runs (conformance/requirements/aws.txt pins the same file), so the facts
//!   imported and the SDK the answers are checked against are one botocore. Read as the supplement
//!   (`--botocore DIR --botocore-version 1.44.18`): `botocore/data/<folder>/<newest
//!   version>/service-2.json.gz`, gzipped in the wheel and read as it is; 455 folders, 454 services
//!   (the folders `sms-voice` and `pinpoint-sms-voice` are one service, `pinpointsmsvoice`, with the
//!   same facts: read once). The import checks the folder's `botocore/__init__.py` says 1.44.18. Its
//!   `metadata.serviceId` is the models' `sdkId` and goes through the same module rule. (A checkout
//!   of boto/botocore reads too, pinned `--botocore-commit SHA`; the step before this one read git
//!   `0e6e2404`, botocore 1.43.67, which has 429 folders against 455, and 16 services reading
//!   `aws_cbor` against 48.)
//!
//! What each says of an error, over all of botocore's 6,042 exception shapes:
//!
//! | fact | Smithy models | botocore `service-2.json` |
//! | --- | --- | --- |
//! | fault | `@error("client" \| "server")`, required on every error shape | `"fault": true` on the shape (server) on 468, `error.senderFault` (client) on 2,149, neither on 3,425 |
//! | status | `@httpError`, else `@awsQueryError`'s `httpResponseCode` | `error.httpStatusCode` on 3,574 (json-protocol shapes seldom) |
//! | wire code | `@awsQueryError`'s on query and query-compatible services, else the shape name | `error.code` (821) else the shape name: botocore's `Shape.error_code` |
//! | retryable | `@retryable(throttling)` | `retryable: {throttling}` on 270 |
//! | protocol | the protocol traits of the service shape | `metadata.protocols` (else `metadata.protocol`) |
//!
//! For botocore's facts the fault is `fault: true`, else `senderFault`, else the status (500 and
//! over: server), else client. On the 5,159 shapes both sources have, that rule disagrees with the
//! models' `@error` on 20: 17 server faults botocore marks neither way and gives no status, 3 it
//! marks `senderFault`. Where both have a shape, the model's facts are taken.
//!
//! What botocore adds, measured at these two pins (`cargo xtask import aws` prints each catalog's
//! counts, `codes from botocore` among them):
//!
//! - **74 services the models lack, 587 codes**, each a catalog from botocore's facts, its header
//!   naming its `service-2.json.gz` and `botocore 1.44.18 (pypi.org/project/botocore)`:
//!   abusesignal, accountaccess, accountaccessruntime, agentdiscovery, agentregistry,
//!   agentregistrycontrol, aiops, amplifygen3, apiportal, appconfigcloudextension, appmonetization,
//!   arcregionswitch, assurance, backupexternal, bcmdashboards, bcmrecommendedactions,
//!   bedrockagentcore, bedrockagentcorecontrol, cloudextensions, cloudwatchomni,
//!   computeoptimizerautomation, connecthealth, connectscheduling, context, continuum,
//!   credentialbroker, credentialbrokercontrol, devopsagent, elbproxy, elementalinference,
//!   endusermessaging, eventbridgev2, evs, iamtoolbox, importexport, interconnect, keyspacesstreams,
//!   lambdacore, lambdamicrovms, lambdaweb, marketplacediscovery, mpa, mwaaserverless,
//!   networksecuritymanager, novaact, odb, opensearchmemory, partnercentralaccount,
//!   partnercentralbenefits, partnercentralchannel, partnercentralmarketing,
//!   partnercentralrevenuemeasurement, payments, pricingplanmanager, resiliencehubv2,
//!   route53globalresolver, rtbfabric, s3files, s3vectors, sagemakergatewayruntime,
//!   sagemakerinferencerouterruntime, sagemakerjobruntime, sagemakertrainingsessionruntime,
//!   securityagent, signerdata, signin, simpledb (folder `sdb`), simpledbv2, ssmguiconnect,
//!   supportauthz, sustainability, uxc, wickr, workspacesinstances. (75 serviceIds have no model; the
//!   75th, EC2, has no exception shape in botocore: no module, and `ec2.yaml` stays the hand-written
//!   catalog.)
//! - **296 codes of 90 services the models have**: error shapes botocore has and the model (older)
//!   lacks, matched by shape name. Each joins its service's catalog after the model's codes, with
//!   botocore's facts as above (`error.code` else the shape name, `error.httpStatusCode` else the
//!   fault's default, the fault rule, `retryable`); the header says how many of its codes they are
//!   and from which file. A new shape that sends a code the model already has keeps the model's
//!   facts (none at these pins; the import warns). The most: rds 31, lambda 20, sts 13, ecr 10,
//!   fsx 10, kafka 9, s3 9. S3 gains `AccessDenied` among 9, which `s3.curated.yaml` had
//!   added by hand: it now curates the imported entry (its class and text).
//! - **Protocols.** 41 services list several protocols in botocore, each `smithy-rpc-v2-cbor` and
//!   one older (`json`, and `query` too for CloudWatch); 48 list `smithy-rpc-v2-cbor` (41 with
//!   another, 7 alone). Where botocore's list differs from the model's traits, botocore's (newer)
//!   is used and the envelope is its first in smithy-rs' order. **48 modules read `aws_cbor`**:
//!
//!   | botocore `metadata.protocols` | the model's trait | modules |
//!   | --- | --- | --- |
//!   | `smithy-rpc-v2-cbor`, `json` | awsJson1_1 | acmpca, applicationinsights, appstream, cloudhsmv2, codebuild, codedeploy, codepipeline, comprehend, comprehendmedical, datasync, directconnect, directory, fms, gamelift, health, marketplaceentitlement, memorydb, pi, resourcegroupstagging, route53domains, servicecatalog, servicediscovery, shield, snowball, textract, transcribe, translate, workspaces (28) |
//!   | `smithy-rpc-v2-cbor`, `json` | awsJson1_0 | backupgateway, codeconnections, computeoptimizer, kendraranking, keyspaces, mailmanager, marketplaceagreement, networkfirewall (8) |
//!   | `smithy-rpc-v2-cbor`, `json`, `query` (awsQueryCompatible) | awsQuery | cloudwatch |
//!   | `smithy-rpc-v2-cbor`, `json` | none (botocore's service) | arcregionswitch, computeoptimizerautomation, interconnect, workspacesinstances |
//!   | `smithy-rpc-v2-cbor` | none (botocore's service) | assurance, cloudwatchomni, context, elbproxy, eventbridgev2, partnercentralmarketing, partnercentralrevenuemeasurement |
//!
//!   CloudWatch keeps the `@awsQueryError` codes of its model (`ResourceNotFound`, not
//!   `ResourceNotFoundException`): as a query-compatible service it sends them in the
//!   `x-amzn-query-error` header, which the CBOR and JSON envelopes read.
//!
//! **Query codes from botocore.** botocore writes a shape's query code as `error.code`, which its
//! `Shape.error_code` matches the response's code against; the import takes it, as the models'
//! `@awsQueryError`. Two services are query-compatible in botocore 1.44.18 (`awsQueryCompatible` in
//! `metadata`): SQS, whose model says so too and whose 28 botocore shapes carry no `error.code` at
//! all (the query codes, `AWS.SimpleQueueService.NonExistentQueue` and the like, are the model's:
//! botocore has none to give), and CloudWatch, whose model is awsQuery and 15 of whose 19 botocore
//! shapes carry `error.code`. Of the codes botocore adds to query and query-compatible services,
//! 5 have no `error.code`: CloudWatch's `ConflictException` and three `Kms…Exception`, IAM's
//! `OrganizationLevelResourcesExistException`. There the shape name is the best fact there is (it is
//! what botocore itself would match), though the service may send another query code; their headers
//! say so. A curated entry can correct one when the service's answer is known.
//!
//! **botocore and aws-sdk-rust speak different protocols to the services that list several.**
//! botocore sends the first of the service's protocols in `PRIORITY_ORDERED_SUPPORTED_PROTOCOLS`
//! (botocore/utils.py: `json`, `rest-json`, `rest-xml`, `smithy-rpc-v2-cbor`, `query`, `ec2`):
//! JSON. aws-sdk-rust takes the first in smithy-rs' `ClientProtocolLoader.DefaultProtocols`
//! (codegen-client/…/protocols/ClientProtocolLoader.kt at smithy-rs `56ee88c5`: rpcv2Cbor,
//! awsJson1_0, awsJson1_1, restJson1, restXml, awsQuery, ec2Query): CBOR. The modules are named for
//! aws-sdk-rust's crates and read as it does (`aws_cbor`); each catalog's header says which protocol
//! botocore sends instead. The `aws_cbor` envelope reads the JSON bodies botocore's clients (boto3,
//! the AWS CLI) get too, taking the code as botocore's JSON parser does (`__type`, then
//! `x-amzn-query-error`), and a service that answers both writes JSON for them with
//! `to_response_as::<AwsJson>()` (README, "Answering errors").
//!
//! Of the models' 401 modules, 23 are services botocore 1.44.18 no longer lists (apptest,
//! cloudwatchevents, elastictranscoder, evidently, finspace, finspacedata, iotanalytics, iotevents,
//! ioteventsdata, iotfleethub, lookoutmetrics, lookoutvision, opsworks, opsworkscm, panorama,
//! privatenetworks, qldb, qldbsession, robomaker, simspaceweaver, sms, tnb, transcribestreaming):
//! kept, from their models.
//!
//! In all: **475 imported modules, 6,200 codes** (5,317 from the models, 587 + 296 from botocore),
//! with `ec2.yaml` 476 modules.
//!
//! To import again (the wheel is a zip). The api-models-aws mirror lacks the EC2 blob
//! (`ec2-2016-11-15.json`): a plain `git archive HEAD` stops there, having written only the models
//! before it (about a third), so name every other file; git still prints one `error: invalid object
//! …` line for it, and exits 0 with the 402 model files written:
//!
//! ```sh
//! git -C <api-models-aws> ls-tree -r --name-only HEAD | grep -v '^ec2/' |
//!     xargs git -C <api-models-aws> archive HEAD | tar -x -C /tmp/api-models
//! pip download --no-deps botocore==1.44.18 -d /tmp/bc
//! python3 -m zipfile -e /tmp/bc/botocore-1.44.18-py3-none-any.whl /tmp/botocore-1.44.18
//! cargo xtask import aws --models /tmp/api-models --commit <its commit> \
//!     --botocore /tmp/botocore-1.44.18 --botocore-version 1.44.18
//! cargo xtask generate
//! ```
//!
//! This file is generated by `cargo xtask generate`; the catalogs' header comments say where
//! each fact comes from and which texts are derived.
//!
//! # Catalogs
//!
//! | module | feature | provider | codes |
//! | --- | --- | --- | --- |
//! | [`abusesignal`](mod@abusesignal) | `aws_rest_json` | AWS Abuse Signal | 7 |
//! | [`accessanalyzer`](mod@accessanalyzer) | `aws_rest_json` | AWS AccessAnalyzer | 9 |
//! | [`account`](mod@account) | `aws_rest_json` | AWS Account | 7 |
//! | [`accountaccess`](mod@accountaccess) | `aws_rest_json` | AWS Account Access | 8 |
//! | [`accountaccessruntime`](mod@accountaccessruntime) | `aws_rest_json` | AWS Account Access Runtime | 5 |
//! | [`acm`](mod@acm) | `aws_json` | AWS ACM | 18 |
//! | [`acmpca`](mod@acmpca) | `aws_cbor` | AWS ACM PCA | 22 |
//! | [`agentdiscovery`](mod@agentdiscovery) | `aws_rest_json` | AWS Agent Discovery | 3 |
//! | [`agentregistry`](mod@agentregistry) | `aws_rest_json` | AWS Agent Registry | 6 |
//! | [`agentregistrycontrol`](mod@agentregistrycontrol) | `aws_rest_json` | AWS Agent Registry Control | 8 |
//! | [`aiops`](mod@aiops) | `aws_rest_json` | AWS AIOps | 8 |
//! | [`amp`](mod@amp) | `aws_rest_json` | AWS amp | 7 |
//! | [`amplify`](mod@amplify) | `aws_rest_json` | AWS Amplify | 7 |
//! | [`amplifybackend`](mod@amplifybackend) | `aws_rest_json` | AWS AmplifyBackend | 4 |
//! | [`amplifygen3`](mod@amplifygen3) | `aws_rest_json` | AWS AmplifyGen3 | 9 |
//! | [`amplifyuibuilder`](mod@amplifyuibuilder) | `aws_rest_json` | AWS AmplifyUIBuilder | 7 |
//! | [`apigateway`](mod@apigateway) | `aws_rest_json` | AWS API Gateway | 7 |
//! | [`apigatewaymanagement`](mod@apigatewaymanagement) | `aws_rest_json` | AWS ApiGatewayManagementApi | 4 |
//! | [`apigatewayv2`](mod@apigatewayv2) | `aws_rest_json` | AWS ApiGatewayV2 | 5 |
//! | [`apiportal`](mod@apiportal) | `aws_rest_json` | AWS APIPortal | 6 |
//! | [`appconfig`](mod@appconfig) | `aws_rest_json` | AWS AppConfig | 6 |
//! | [`appconfigcloudextension`](mod@appconfigcloudextension) | `aws_json` | AWS AppConfigCloudExtension | 9 |
//! | [`appconfigdata`](mod@appconfigdata) | `aws_rest_json` | AWS AppConfigData | 4 |
//! | [`appfabric`](mod@appfabric) | `aws_rest_json` | AWS AppFabric | 7 |
//! | [`appflow`](mod@appflow) | `aws_rest_json` | AWS Appflow | 10 |
//! | [`appintegrations`](mod@appintegrations) | `aws_rest_json` | AWS AppIntegrations | 9 |
//! | [`applicationautoscaling`](mod@applicationautoscaling) | `aws_json` | AWS Application Auto Scaling | 9 |
//! | [`applicationcostprofiler`](mod@applicationcostprofiler) | `aws_rest_json` | AWS ApplicationCostProfiler | 5 |
//! | [`applicationdiscovery`](mod@applicationdiscovery) | `aws_json` | AWS Application Discovery Service | 10 |
//! | [`applicationinsights`](mod@applicationinsights) | `aws_cbor` | AWS Application Insights | 8 |
//! | [`applicationsignals`](mod@applicationsignals) | `aws_rest_json` | AWS Application Signals | 6 |
//! | [`appmesh`](mod@appmesh) | `aws_rest_json` | AWS App Mesh | 10 |
//! | [`appmonetization`](mod@appmonetization) | `aws_rest_json` | AWS AppMonetization | 11 |
//! | [`apprunner`](mod@apprunner) | `aws_json` | AWS AppRunner | 5 |
//! | [`appstream`](mod@appstream) | `aws_cbor` | AWS AppStream | 15 |
//! | [`appsync`](mod@appsync) | `aws_rest_json` | AWS AppSync | 13 |
//! | [`apptest`](mod@apptest) | `aws_rest_json` | AWS AppTest | 7 |
//! | [`arcregionswitch`](mod@arcregionswitch) | `aws_cbor` | AWS ARC Region switch | 7 |
//! | [`arczonalshift`](mod@arczonalshift) | `aws_rest_json` | AWS ARC Zonal Shift | 6 |
//! | [`artifact`](mod@artifact) | `aws_rest_json` | AWS Artifact | 7 |
//! | [`assurance`](mod@assurance) | `aws_cbor` | AWS Assurance | 8 |
//! | [`athena`](mod@athena) | `aws_rest_json` | AWS Athena | 7 |
//! | [`auditmanager`](mod@auditmanager) | `aws_rest_json` | AWS AuditManager | 6 |
//! | [`autoscaling`](mod@autoscaling) | `aws_query` | AWS Auto Scaling | 12 |
//! | [`autoscalingplans`](mod@autoscalingplans) | `aws_json` | AWS Auto Scaling Plans | 6 |
//! | [`b2bi`](mod@b2bi) | `aws_json` | AWS b2bi | 7 |
//! | [`backup`](mod@backup) | `aws_rest_json` | AWS Backup | 10 |
//! | [`backupexternal`](mod@backupexternal) | `aws_rest_json` | AWS Backup External | 7 |
//! | [`backupgateway`](mod@backupgateway) | `aws_cbor` | AWS Backup Gateway | 6 |
//! | [`backupsearch`](mod@backupsearch) | `aws_rest_json` | AWS BackupSearch | 7 |
//! | [`batch`](mod@batch) | `aws_rest_json` | AWS Batch | 2 |
//! | [`bcmdashboards`](mod@bcmdashboards) | `aws_json` | AWS BCM Dashboards | 7 |
//! | [`bcmdataexports`](mod@bcmdataexports) | `aws_json` | AWS BCM Data Exports | 6 |
//! | [`bcmpricingcalculator`](mod@bcmpricingcalculator) | `aws_json` | AWS BCM Pricing Calculator | 8 |
//! | [`bcmrecommendedactions`](mod@bcmrecommendedactions) | `aws_json` | AWS BCM Recommended Actions | 4 |
//! | [`bedrock`](mod@bedrock) | `aws_rest_json` | AWS Bedrock | 10 |
//! | [`bedrockagent`](mod@bedrockagent) | `aws_rest_json` | AWS Bedrock Agent | 7 |
//! | [`bedrockagentcore`](mod@bedrockagentcore) | `aws_rest_json` | AWS Bedrock AgentCore | 16 |
//! | [`bedrockagentcorecontrol`](mod@bedrockagentcorecontrol) | `aws_rest_json` | AWS Bedrock AgentCore Control | 16 |
//! | [`bedrockagentruntime`](mod@bedrockagentruntime) | `aws_rest_json` | AWS Bedrock Agent Runtime | 10 |
//! | [`bedrockdataautomation`](mod@bedrockdataautomation) | `aws_rest_json` | AWS Bedrock Data Automation | 7 |
//! | [`bedrockdataautomationruntime`](mod@bedrockdataautomationruntime) | `aws_json` | AWS Bedrock Data Automation Runtime | 7 |
//! | [`bedrockruntime`](mod@bedrockruntime) | `aws_rest_json` | AWS Bedrock Runtime | 12 |
//! | [`billing`](mod@billing) | `aws_json` | AWS Billing | 8 |
//! | [`billingconductor`](mod@billingconductor) | `aws_rest_json` | AWS billingconductor | 7 |
//! | [`braket`](mod@braket) | `aws_rest_json` | AWS Braket | 9 |
//! | [`budgets`](mod@budgets) | `aws_json` | AWS Budgets | 12 |
//! | [`chatbot`](mod@chatbot) | `aws_rest_json` | AWS chatbot | 32 |
//! | [`chime`](mod@chime) | `aws_rest_json` | AWS Chime | 11 |
//! | [`chimesdkidentity`](mod@chimesdkidentity) | `aws_rest_json` | AWS Chime SDK Identity | 9 |
//! | [`chimesdkmediapipelines`](mod@chimesdkmediapipelines) | `aws_rest_json` | AWS Chime SDK Media Pipelines | 9 |
//! | [`chimesdkmeetings`](mod@chimesdkmeetings) | `aws_rest_json` | AWS Chime SDK Meetings | 12 |
//! | [`chimesdkmessaging`](mod@chimesdkmessaging) | `aws_rest_json` | AWS Chime SDK Messaging | 9 |
//! | [`chimesdkvoice`](mod@chimesdkvoice) | `aws_rest_json` | AWS Chime SDK Voice | 12 |
//! | [`cleanrooms`](mod@cleanrooms) | `aws_rest_json` | AWS CleanRooms | 7 |
//! | [`cleanroomsml`](mod@cleanroomsml) | `aws_rest_json` | AWS CleanRoomsML | 7 |
//! | [`cloud9`](mod@cloud9) | `aws_json` | AWS Cloud9 | 8 |
//! | [`cloudcontrol`](mod@cloudcontrol) | `aws_json` | AWS CloudControl | 21 |
//! | [`clouddirectory`](mod@clouddirectory) | `aws_rest_json` | AWS CloudDirectory | 35 |
//! | [`cloudextensions`](mod@cloudextensions) | `aws_rest_json` | AWS CloudExtensions | 7 |
//! | [`cloudformation`](mod@cloudformation) | `aws_query` | AWS CloudFormation | 30 |
//! | [`cloudfront`](mod@cloudfront) | `aws_rest_xml` | AWS CloudFront | 152 |
//! | [`cloudfrontkeyvaluestore`](mod@cloudfrontkeyvaluestore) | `aws_rest_json` | AWS CloudFront KeyValueStore | 6 |
//! | [`cloudhsm`](mod@cloudhsm) | `aws_json` | AWS CloudHSM | 3 |
//! | [`cloudhsmv2`](mod@cloudhsmv2) | `aws_cbor` | AWS CloudHSM V2 | 7 |
//! | [`cloudsearch`](mod@cloudsearch) | `aws_query` | AWS CloudSearch | 8 |
//! | [`cloudsearchdomain`](mod@cloudsearchdomain) | `aws_rest_json` | AWS CloudSearch Domain | 2 |
//! | [`cloudtrail`](mod@cloudtrail) | `aws_json` | AWS CloudTrail | 86 |
//! | [`cloudtraildata`](mod@cloudtraildata) | `aws_rest_json` | AWS CloudTrail Data | 6 |
//! | [`cloudwatch`](mod@cloudwatch) | `aws_cbor` | AWS CloudWatch | 18 |
//! | [`cloudwatchevents`](mod@cloudwatchevents) | `aws_json` | AWS CloudWatch Events | 11 |
//! | [`cloudwatchlogs`](mod@cloudwatchlogs) | `aws_json` | AWS CloudWatch Logs | 21 |
//! | [`cloudwatchomni`](mod@cloudwatchomni) | `aws_cbor` | AWS CloudWatchOmni | 8 |
//! | [`codeartifact`](mod@codeartifact) | `aws_rest_json` | AWS codeartifact | 7 |
//! | [`codebuild`](mod@codebuild) | `aws_cbor` | AWS CodeBuild | 6 |
//! | [`codecatalyst`](mod@codecatalyst) | `aws_rest_json` | AWS CodeCatalyst | 6 |
//! | [`codecommit`](mod@codecommit) | `aws_json` | AWS CodeCommit | 190 |
//! | [`codeconnections`](mod@codeconnections) | `aws_cbor` | AWS CodeConnections | 17 |
//! | [`codedeploy`](mod@codedeploy) | `aws_cbor` | AWS CodeDeploy | 114 |
//! | [`codeguruprofiler`](mod@codeguruprofiler) | `aws_rest_json` | AWS CodeGuruProfiler | 6 |
//! | [`codegurureviewer`](mod@codegurureviewer) | `aws_rest_json` | AWS CodeGuru Reviewer | 7 |
//! | [`codegurusecurity`](mod@codegurusecurity) | `aws_rest_json` | AWS CodeGuru Security | 6 |
//! | [`codepipeline`](mod@codepipeline) | `aws_cbor` | AWS CodePipeline | 42 |
//! | [`codestarconnections`](mod@codestarconnections) | `aws_json` | AWS CodeStar connections | 17 |
//! | [`codestarnotifications`](mod@codestarnotifications) | `aws_rest_json` | AWS codestar notifications | 8 |
//! | [`cognitoidentity`](mod@cognitoidentity) | `aws_json` | AWS Cognito Identity | 11 |
//! | [`cognitoidentityprovider`](mod@cognitoidentityprovider) | `aws_json` | AWS Cognito Identity Provider | 60 |
//! | [`cognitosync`](mod@cognitosync) | `aws_rest_json` | AWS Cognito Sync | 13 |
//! | [`comprehend`](mod@comprehend) | `aws_cbor` | AWS Comprehend | 16 |
//! | [`comprehendmedical`](mod@comprehendmedical) | `aws_cbor` | AWS ComprehendMedical | 8 |
//! | [`computeoptimizer`](mod@computeoptimizer) | `aws_cbor` | AWS Compute Optimizer | 9 |
//! | [`computeoptimizerautomation`](mod@computeoptimizerautomation) | `aws_cbor` | AWS Compute Optimizer Automation | 13 |
//! | [`config`](mod@config) | `aws_json` | AWS Config Service | 57 |
//! | [`connect`](mod@connect) | `aws_rest_json` | AWS Connect | 29 |
//! | [`connectcampaigns`](mod@connectcampaigns) | `aws_rest_json` | AWS ConnectCampaigns | 9 |
//! | [`connectcampaignsv2`](mod@connectcampaignsv2) | `aws_rest_json` | AWS ConnectCampaignsV2 | 9 |
//! | [`connectcases`](mod@connectcases) | `aws_rest_json` | AWS ConnectCases | 7 |
//! | [`connectcontactlens`](mod@connectcontactlens) | `aws_rest_json` | AWS Connect Contact Lens | 5 |
//! | [`connecthealth`](mod@connecthealth) | `aws_rest_json` | AWS ConnectHealth | 7 |
//! | [`connectparticipant`](mod@connectparticipant) | `aws_rest_json` | AWS ConnectParticipant | 7 |
//! | [`connectscheduling`](mod@connectscheduling) | `aws_rest_json` | AWS ConnectScheduling | 7 |
//! | [`context`](mod@context) | `aws_cbor` | AWS Context | 7 |
//! | [`continuum`](mod@continuum) | `aws_rest_json` | AWS Continuum | 7 |
//! | [`controlcatalog`](mod@controlcatalog) | `aws_rest_json` | AWS ControlCatalog | 5 |
//! | [`controltower`](mod@controltower) | `aws_rest_json` | AWS ControlTower | 7 |
//! | [`costandusagereport`](mod@costandusagereport) | `aws_json` | AWS Cost and Usage Report Service | 5 |
//! | [`costexplorer`](mod@costexplorer) | `aws_json` | AWS Cost Explorer | 15 |
//! | [`costoptimizationhub`](mod@costoptimizationhub) | `aws_json` | AWS Cost Optimization Hub | 5 |
//! | [`credentialbroker`](mod@credentialbroker) | `aws_rest_json` | AWS CredentialBroker | 8 |
//! | [`credentialbrokercontrol`](mod@credentialbrokercontrol) | `aws_rest_json` | AWS CredentialBroker Control | 7 |
//! | [`customerprofiles`](mod@customerprofiles) | `aws_rest_json` | AWS Customer Profiles | 5 |
//! | [`databasemigration`](mod@databasemigration) | `aws_json` | AWS Database Migration Service | 26 |
//! | [`databrew`](mod@databrew) | `aws_rest_json` | AWS DataBrew | 6 |
//! | [`dataexchange`](mod@dataexchange) | `aws_rest_json` | AWS DataExchange | 7 |
//! | [`datapipeline`](mod@datapipeline) | `aws_json` | AWS Data Pipeline | 5 |
//! | [`datasync`](mod@datasync) | `aws_cbor` | AWS DataSync | 2 |
//! | [`datazone`](mod@datazone) | `aws_rest_json` | AWS DataZone | 8 |
//! | [`dax`](mod@dax) | `aws_json` | AWS DAX | 28 |
//! | [`deadline`](mod@deadline) | `aws_rest_json` | AWS deadline | 7 |
//! | [`detective`](mod@detective) | `aws_rest_json` | AWS Detective | 7 |
//! | [`devicefarm`](mod@devicefarm) | `aws_json` | AWS Device Farm | 12 |
//! | [`devopsagent`](mod@devopsagent) | `aws_rest_json` | AWS DevOps Agent | 10 |
//! | [`devopsguru`](mod@devopsguru) | `aws_rest_json` | AWS DevOps Guru | 7 |
//! | [`directconnect`](mod@directconnect) | `aws_cbor` | AWS Direct Connect | 5 |
//! | [`directory`](mod@directory) | `aws_cbor` | AWS Directory Service | 40 |
//! | [`directoryservicedata`](mod@directoryservicedata) | `aws_rest_json` | AWS Directory Service Data | 7 |
//! | [`dlm`](mod@dlm) | `aws_rest_json` | AWS DLM | 4 |
//! | [`docdb`](mod@docdb) | `aws_query` | AWS DocDB | 58 |
//! | [`docdbelastic`](mod@docdbelastic) | `aws_rest_json` | AWS DocDB Elastic | 7 |
//! | [`drs`](mod@drs) | `aws_rest_json` | AWS drs | 8 |
//! | [`dsql`](mod@dsql) | `aws_rest_json` | AWS DSQL | 7 |
//! | [`dynamodb`](mod@dynamodb) | `aws_json` | AWS DynamoDB | 35 |
//! | [`dynamodbstreams`](mod@dynamodbstreams) | `aws_json` | AWS DynamoDB Streams | 5 |
//! | [`ebs`](mod@ebs) | `aws_rest_json` | AWS EBS | 8 |
//! | [`ec2`](mod@ec2) | `aws_ec2` | AWS EC2 | 49 |
//! | [`ec2instanceconnect`](mod@ec2instanceconnect) | `aws_json` | AWS EC2 Instance Connect | 12 |
//! | [`ecr`](mod@ecr) | `aws_json` | AWS ECR | 50 |
//! | [`ecrpublic`](mod@ecrpublic) | `aws_json` | AWS ECR PUBLIC | 32 |
//! | [`ecs`](mod@ecs) | `aws_json` | AWS ECS | 31 |
//! | [`efs`](mod@efs) | `aws_rest_json` | AWS EFS | 32 |
//! | [`eks`](mod@eks) | `aws_rest_json` | AWS EKS | 15 |
//! | [`eksauth`](mod@eksauth) | `aws_rest_json` | AWS EKS Auth | 9 |
//! | [`elasticache`](mod@elasticache) | `aws_query` | AWS ElastiCache | 79 |
//! | [`elasticbeanstalk`](mod@elasticbeanstalk) | `aws_query` | AWS Elastic Beanstalk | 19 |
//! | [`elasticloadbalancing`](mod@elasticloadbalancing) | `aws_query` | AWS Elastic Load Balancing | 22 |
//! | [`elasticloadbalancingv2`](mod@elasticloadbalancingv2) | `aws_query` | AWS Elastic Load Balancing v2 | 57 |
//! | [`elasticsearch`](mod@elasticsearch) | `aws_rest_json` | AWS Elasticsearch Service | 11 |
//! | [`elastictranscoder`](mod@elastictranscoder) | `aws_rest_json` | AWS Elastic Transcoder | 7 |
//! | [`elbproxy`](mod@elbproxy) | `aws_cbor` | AWS ELB Proxy | 9 |
//! | [`elementalinference`](mod@elementalinference) | `aws_rest_json` | AWS ElementalInference | 9 |
//! | [`emr`](mod@emr) | `aws_json` | AWS EMR | 7 |
//! | [`emrcontainers`](mod@emrcontainers) | `aws_rest_json` | AWS EMR containers | 5 |
//! | [`emrserverless`](mod@emrserverless) | `aws_rest_json` | AWS EMR Serverless | 5 |
//! | [`endusermessaging`](mod@endusermessaging) | `aws_rest_json` | AWS EndUserMessaging | 7 |
//! | [`entityresolution`](mod@entityresolution) | `aws_rest_json` | AWS EntityResolution | 7 |
//! | [`eventbridge`](mod@eventbridge) | `aws_json` | AWS EventBridge | 13 |
//! | [`eventbridgev2`](mod@eventbridgev2) | `aws_cbor` | AWS EventBridgeV2 | 15 |
//! | [`evidently`](mod@evidently) | `aws_rest_json` | AWS Evidently | 8 |
//! | [`evs`](mod@evs) | `aws_json` | AWS evs | 7 |
//! | [`finspace`](mod@finspace) | `aws_rest_json` | AWS finspace | 10 |
//! | [`finspacedata`](mod@finspacedata) | `aws_rest_json` | AWS finspace data | 7 |
//! | [`firehose`](mod@firehose) | `aws_json` | AWS Firehose | 8 |
//! | [`fis`](mod@fis) | `aws_rest_json` | AWS fis | 4 |
//! | [`fms`](mod@fms) | `aws_cbor` | AWS FMS | 6 |
//! | [`forecast`](mod@forecast) | `aws_json` | AWS forecast | 6 |
//! | [`forecastquery`](mod@forecastquery) | `aws_json` | AWS forecastquery | 5 |
//! | [`frauddetector`](mod@frauddetector) | `aws_json` | AWS FraudDetector | 7 |
//! | [`freetier`](mod@freetier) | `aws_json` | AWS FreeTier | 5 |
//! | [`fsx`](mod@fsx) | `aws_json` | AWS FSx | 45 |
//! | [`gamelift`](mod@gamelift) | `aws_cbor` | AWS GameLift | 16 |
//! | [`gameliftstreams`](mod@gameliftstreams) | `aws_rest_json` | AWS GameLiftStreams | 8 |
//! | [`geomaps`](mod@geomaps) | `aws_rest_json` | AWS Geo Maps | 5 |
//! | [`geoplaces`](mod@geoplaces) | `aws_rest_json` | AWS Geo Places | 4 |
//! | [`georoutes`](mod@georoutes) | `aws_rest_json` | AWS Geo Routes | 4 |
//! | [`glacier`](mod@glacier) | `aws_rest_json` | AWS Glacier | 9 |
//! | [`globalaccelerator`](mod@globalaccelerator) | `aws_json` | AWS Global Accelerator | 20 |
//! | [`glue`](mod@glue) | `aws_json` | AWS Glue | 49 |
//! | [`grafana`](mod@grafana) | `aws_rest_json` | AWS grafana | 7 |
//! | [`greengrass`](mod@greengrass) | `aws_rest_json` | AWS Greengrass | 2 |
//! | [`greengrassv2`](mod@greengrassv2) | `aws_rest_json` | AWS GreengrassV2 | 8 |
//! | [`groundstation`](mod@groundstation) | `aws_rest_json` | AWS GroundStation | 6 |
//! | [`guardduty`](mod@guardduty) | `aws_rest_json` | AWS GuardDuty | 5 |
//! | [`health`](mod@health) | `aws_cbor` | AWS Health | 3 |
//! | [`healthlake`](mod@healthlake) | `aws_json` | AWS HealthLake | 8 |
//! | [`iam`](mod@iam) | `aws_query` | AWS IAM | 39 |
//! | [`iamtoolbox`](mod@iamtoolbox) | `aws_rest_json` | AWS IAM Toolbox | 4 |
//! | [`identitystore`](mod@identitystore) | `aws_json` | AWS identitystore | 7 |
//! | [`imagebuilder`](mod@imagebuilder) | `aws_rest_json` | AWS imagebuilder | 20 |
//! | [`importexport`](mod@importexport) | `aws_query` | AWS ImportExport | 20 |
//! | [`inspector`](mod@inspector) | `aws_json` | AWS Inspector | 11 |
//! | [`inspector2`](mod@inspector2) | `aws_rest_json` | AWS Inspector2 | 8 |
//! | [`inspectorscan`](mod@inspectorscan) | `aws_rest_json` | AWS Inspector Scan | 4 |
//! | [`interconnect`](mod@interconnect) | `aws_cbor` | AWS Interconnect | 7 |
//! | [`internetmonitor`](mod@internetmonitor) | `aws_rest_json` | AWS InternetMonitor | 11 |
//! | [`invoicing`](mod@invoicing) | `aws_json` | AWS Invoicing | 7 |
//! | [`iot`](mod@iot) | `aws_rest_json` | AWS IoT | 33 |
//! | [`iotanalytics`](mod@iotanalytics) | `aws_rest_json` | AWS IoTAnalytics | 7 |
//! | [`iotdataplane`](mod@iotdataplane) | `aws_rest_json` | AWS IoT Data Plane | 12 |
//! | [`iotdeviceadvisor`](mod@iotdeviceadvisor) | `aws_rest_json` | AWS IotDeviceAdvisor | 4 |
//! | [`iotevents`](mod@iotevents) | `aws_rest_json` | AWS IoT Events | 9 |
//! | [`ioteventsdata`](mod@ioteventsdata) | `aws_rest_json` | AWS IoT Events Data | 5 |
//! | [`iotfleethub`](mod@iotfleethub) | `aws_rest_json` | AWS IoTFleetHub | 6 |
//! | [`iotfleetwise`](mod@iotfleetwise) | `aws_json` | AWS IoTFleetWise | 10 |
//! | [`iotjobsdataplane`](mod@iotjobsdataplane) | `aws_rest_json` | AWS IoT Jobs Data Plane | 11 |
//! | [`iotmanagedintegrations`](mod@iotmanagedintegrations) | `aws_rest_json` | AWS IoT Managed Integrations | 12 |
//! | [`iotsecuretunneling`](mod@iotsecuretunneling) | `aws_json` | AWS IoTSecureTunneling | 2 |
//! | [`iotsitewise`](mod@iotsitewise) | `aws_rest_json` | AWS IoTSiteWise | 14 |
//! | [`iotthingsgraph`](mod@iotthingsgraph) | `aws_json` | AWS IoTThingsGraph | 7 |
//! | [`iottwinmaker`](mod@iottwinmaker) | `aws_rest_json` | AWS IoTTwinMaker | 11 |
//! | [`iotwireless`](mod@iotwireless) | `aws_rest_json` | AWS IoT Wireless | 7 |
//! | [`ivs`](mod@ivs) | `aws_rest_json` | AWS ivs | 11 |
//! | [`ivschat`](mod@ivschat) | `aws_rest_json` | AWS ivschat | 8 |
//! | [`ivsrealtime`](mod@ivsrealtime) | `aws_rest_json` | AWS IVS RealTime | 7 |
//! | [`kafka`](mod@kafka) | `aws_rest_json` | AWS Kafka | 17 |
//! | [`kafkaconnect`](mod@kafkaconnect) | `aws_rest_json` | AWS KafkaConnect | 8 |
//! | [`kendra`](mod@kendra) | `aws_json` | AWS kendra | 12 |
//! | [`kendraranking`](mod@kendraranking) | `aws_cbor` | AWS Kendra Ranking | 8 |
//! | [`keyspaces`](mod@keyspaces) | `aws_cbor` | AWS Keyspaces | 6 |
//! | [`keyspacesstreams`](mod@keyspacesstreams) | `aws_json` | AWS KeyspacesStreams | 5 |
//! | [`kinesis`](mod@kinesis) | `aws_json` | AWS Kinesis | 18 |
//! | [`kinesisanalytics`](mod@kinesisanalytics) | `aws_json` | AWS Kinesis Analytics | 12 |
//! | [`kinesisanalyticsv2`](mod@kinesisanalyticsv2) | `aws_json` | AWS Kinesis Analytics V2 | 13 |
//! | [`kinesisvideo`](mod@kinesisvideo) | `aws_rest_json` | AWS Kinesis Video | 15 |
//! | [`kinesisvideoarchivedmedia`](mod@kinesisvideoarchivedmedia) | `aws_rest_json` | AWS Kinesis Video Archived Media | 9 |
//! | [`kinesisvideomedia`](mod@kinesisvideomedia) | `aws_rest_json` | AWS Kinesis Video Media | 6 |
//! | [`kinesisvideosignaling`](mod@kinesisvideosignaling) | `aws_rest_json` | AWS Kinesis Video Signaling | 6 |
//! | [`kinesisvideowebrtcstorage`](mod@kinesisvideowebrtcstorage) | `aws_rest_json` | AWS Kinesis Video WebRTC Storage | 4 |
//! | [`kms`](mod@kms) | `aws_json` | AWS KMS | 48 |
//! | [`lakeformation`](mod@lakeformation) | `aws_rest_json` | AWS LakeFormation | 21 |
//! | [`lambda`](mod@lambda) | `aws_rest_json` | AWS Lambda | 58 |
//! | [`lambdacore`](mod@lambdacore) | `aws_rest_json` | AWS Lambda Core | 7 |
//! | [`lambdamicrovms`](mod@lambdamicrovms) | `aws_rest_json` | AWS Lambda Microvms | 12 |
//! | [`lambdaweb`](mod@lambdaweb) | `aws_rest_json` | AWS Lambda Web | 7 |
//! | [`launchwizard`](mod@launchwizard) | `aws_rest_json` | AWS Launch Wizard | 4 |
//! | [`lexmodelbuilding`](mod@lexmodelbuilding) | `aws_rest_json` | AWS Lex Model Building Service | 8 |
//! | [`lexmodelsv2`](mod@lexmodelsv2) | `aws_rest_json` | AWS Lex Models V2 | 7 |
//! | [`lexruntime`](mod@lexruntime) | `aws_rest_json` | AWS Lex Runtime Service | 11 |
//! | [`lexruntimev2`](mod@lexruntimev2) | `aws_rest_json` | AWS Lex Runtime V2 | 8 |
//! | [`licensemanager`](mod@licensemanager) | `aws_json` | AWS License Manager | 17 |
//! | [`licensemanagerlinuxsubscriptions`](mod@licensemanagerlinuxsubscriptions) | `aws_rest_json` | AWS License Manager Linux Subscriptions | 4 |
//! | [`licensemanagerusersubscriptions`](mod@licensemanagerusersubscriptions) | `aws_rest_json` | AWS License Manager User Subscriptions | 7 |
//! | [`lightsail`](mod@lightsail) | `aws_json` | AWS Lightsail | 8 |
//! | [`location`](mod@location) | `aws_rest_json` | AWS Location | 7 |
//! | [`lookoutequipment`](mod@lookoutequipment) | `aws_json` | AWS LookoutEquipment | 7 |
//! | [`lookoutmetrics`](mod@lookoutmetrics) | `aws_rest_json` | AWS LookoutMetrics | 7 |
//! | [`lookoutvision`](mod@lookoutvision) | `aws_rest_json` | AWS LookoutVision | 7 |
//! | [`m2`](mod@m2) | `aws_rest_json` | AWS m2 | 9 |
//! | [`machinelearning`](mod@machinelearning) | `aws_json` | AWS Machine Learning | 8 |
//! | [`macie2`](mod@macie2) | `aws_rest_json` | AWS Macie2 | 8 |
//! | [`mailmanager`](mod@mailmanager) | `aws_cbor` | AWS MailManager | 6 |
//! | [`managedblockchain`](mod@managedblockchain) | `aws_rest_json` | AWS ManagedBlockchain | 10 |
//! | [`managedblockchainquery`](mod@managedblockchainquery) | `aws_rest_json` | AWS ManagedBlockchain Query | 6 |
//! | [`marketplaceagreement`](mod@marketplaceagreement) | `aws_cbor` | AWS Marketplace Agreement | 7 |
//! | [`marketplacecatalog`](mod@marketplacecatalog) | `aws_rest_json` | AWS Marketplace Catalog | 8 |
//! | [`marketplacecommerceanalytics`](mod@marketplacecommerceanalytics) | `aws_json` | AWS Marketplace Commerce Analytics | 1 |
//! | [`marketplacedeployment`](mod@marketplacedeployment) | `aws_rest_json` | AWS Marketplace Deployment | 7 |
//! | [`marketplacediscovery`](mod@marketplacediscovery) | `aws_rest_json` | AWS Marketplace Discovery | 5 |
//! | [`marketplaceentitlement`](mod@marketplaceentitlement) | `aws_cbor` | AWS Marketplace Entitlement Service | 3 |
//! | [`marketplacemetering`](mod@marketplacemetering) | `aws_json` | AWS Marketplace Metering | 19 |
//! | [`marketplacereporting`](mod@marketplacereporting) | `aws_rest_json` | AWS Marketplace Reporting | 4 |
//! | [`mediaconnect`](mod@mediaconnect) | `aws_rest_json` | AWS MediaConnect | 17 |
//! | [`mediaconvert`](mod@mediaconvert) | `aws_rest_json` | AWS MediaConvert | 8 |
//! | [`medialive`](mod@medialive) | `aws_rest_json` | AWS MediaLive | 9 |
//! | [`mediapackage`](mod@mediapackage) | `aws_rest_json` | AWS MediaPackage | 6 |
//! | [`mediapackagev2`](mod@mediapackagev2) | `aws_rest_json` | AWS MediaPackageV2 | 7 |
//! | [`mediapackagevod`](mod@mediapackagevod) | `aws_rest_json` | AWS MediaPackage Vod | 6 |
//! | [`mediastore`](mod@mediastore) | `aws_json` | AWS MediaStore | 6 |
//! | [`mediastoredata`](mod@mediastoredata) | `aws_rest_json` | AWS MediaStore Data | 4 |
//! | [`mediatailor`](mod@mediatailor) | `aws_rest_json` | AWS MediaTailor | 1 |
//! | [`medicalimaging`](mod@medicalimaging) | `aws_rest_json` | AWS Medical Imaging | 9 |
//! | [`memorydb`](mod@memorydb) | `aws_cbor` | AWS MemoryDB | 57 |
//! | [`mgn`](mod@mgn) | `aws_rest_json` | AWS mgn | 8 |
//! | [`migrationhub`](mod@migrationhub) | `aws_json` | AWS Migration Hub | 10 |
//! | [`migrationhubconfig`](mod@migrationhubconfig) | `aws_json` | AWS MigrationHub Config | 6 |
//! | [`migrationhuborchestrator`](mod@migrationhuborchestrator) | `aws_rest_json` | AWS MigrationHubOrchestrator | 6 |
//! | [`migrationhubrefactorspaces`](mod@migrationhubrefactorspaces) | `aws_rest_json` | AWS Migration Hub Refactor Spaces | 8 |
//! | [`migrationhubstrategy`](mod@migrationhubstrategy) | `aws_rest_json` | AWS MigrationHubStrategy | 9 |
//! | [`mpa`](mod@mpa) | `aws_rest_json` | AWS MPA | 9 |
//! | [`mq`](mod@mq) | `aws_rest_json` | AWS mq | 6 |
//! | [`mturk`](mod@mturk) | `aws_json` | AWS MTurk | 2 |
//! | [`mwaa`](mod@mwaa) | `aws_rest_json` | AWS MWAA | 7 |
//! | [`mwaaserverless`](mod@mwaaserverless) | `aws_json` | AWS MWAA Serverless | 8 |
//! | [`neptune`](mod@neptune) | `aws_query` | AWS Neptune | 68 |
//! | [`neptunedata`](mod@neptunedata) | `aws_rest_json` | AWS neptunedata | 37 |
//! | [`neptunegraph`](mod@neptunegraph) | `aws_rest_json` | AWS Neptune Graph | 8 |
//! | [`networkfirewall`](mod@networkfirewall) | `aws_cbor` | AWS Network Firewall | 12 |
//! | [`networkflowmonitor`](mod@networkflowmonitor) | `aws_rest_json` | AWS NetworkFlowMonitor | 7 |
//! | [`networkmanager`](mod@networkmanager) | `aws_rest_json` | AWS NetworkManager | 9 |
//! | [`networkmonitor`](mod@networkmonitor) | `aws_rest_json` | AWS NetworkMonitor | 7 |
//! | [`networksecuritymanager`](mod@networksecuritymanager) | `aws_rest_json` | AWS Network Security Manager | 9 |
//! | [`notifications`](mod@notifications) | `aws_rest_json` | AWS Notifications | 7 |
//! | [`notificationscontacts`](mod@notificationscontacts) | `aws_rest_json` | AWS NotificationsContacts | 7 |
//! | [`novaact`](mod@novaact) | `aws_rest_json` | AWS Nova Act | 7 |
//! | [`oam`](mod@oam) | `aws_rest_json` | AWS OAM | 8 |
//! | [`observabilityadmin`](mod@observabilityadmin) | `aws_rest_json` | AWS ObservabilityAdmin | 8 |
//! | [`odb`](mod@odb) | `aws_json` | AWS odb | 7 |
//! | [`omics`](mod@omics) | `aws_rest_json` | AWS Omics | 10 |
//! | [`opensearch`](mod@opensearch) | `aws_rest_json` | AWS OpenSearch | 15 |
//! | [`opensearchmemory`](mod@opensearchmemory) | `aws_json` | AWS OpenSearchMemory | 7 |
//! | [`opensearchserverless`](mod@opensearchserverless) | `aws_json` | AWS OpenSearchServerless | 6 |
//! | [`opsworks`](mod@opsworks) | `aws_json` | AWS OpsWorks | 2 |
//! | [`opsworkscm`](mod@opsworkscm) | `aws_json` | AWS OpsWorksCM | 6 |
//! | [`organizations`](mod@organizations) | `aws_json` | AWS Organizations | 50 |
//! | [`osis`](mod@osis) | `aws_rest_json` | AWS OSIS | 9 |
//! | [`outposts`](mod@outposts) | `aws_rest_json` | AWS Outposts | 6 |
//! | [`panorama`](mod@panorama) | `aws_rest_json` | AWS Panorama | 6 |
//! | [`partnercentralaccount`](mod@partnercentralaccount) | `aws_json` | AWS PartnerCentral Account | 7 |
//! | [`partnercentralbenefits`](mod@partnercentralbenefits) | `aws_json` | AWS PartnerCentral Benefits | 7 |
//! | [`partnercentralchannel`](mod@partnercentralchannel) | `aws_json` | AWS PartnerCentral Channel | 7 |
//! | [`partnercentralmarketing`](mod@partnercentralmarketing) | `aws_cbor` | AWS PartnerCentral Marketing | 7 |
//! | [`partnercentralrevenuemeasurement`](mod@partnercentralrevenuemeasurement) | `aws_cbor` | AWS PartnerCentral Revenue Measurement | 7 |
//! | [`partnercentralselling`](mod@partnercentralselling) | `aws_json` | AWS PartnerCentral Selling | 7 |
//! | [`paymentcryptography`](mod@paymentcryptography) | `aws_json` | AWS Payment Cryptography | 9 |
//! | [`paymentcryptographydata`](mod@paymentcryptographydata) | `aws_rest_json` | AWS Payment Cryptography Data | 6 |
//! | [`payments`](mod@payments) | `aws_json` | AWS Payments | 5 |
//! | [`pcaconnectorad`](mod@pcaconnectorad) | `aws_rest_json` | AWS Pca Connector Ad | 7 |
//! | [`pcaconnectorscep`](mod@pcaconnectorscep) | `aws_rest_json` | AWS Pca Connector Scep | 8 |
//! | [`pcs`](mod@pcs) | `aws_json` | AWS PCS | 7 |
//! | [`personalize`](mod@personalize) | `aws_json` | AWS Personalize | 8 |
//! | [`personalizeevents`](mod@personalizeevents) | `aws_rest_json` | AWS Personalize Events | 3 |
//! | [`personalizeruntime`](mod@personalizeruntime) | `aws_rest_json` | AWS Personalize Runtime | 2 |
//! | [`pi`](mod@pi) | `aws_cbor` | AWS PI | 3 |
//! | [`pinpoint`](mod@pinpoint) | `aws_rest_json` | AWS Pinpoint | 8 |
//! | [`pinpointemail`](mod@pinpointemail) | `aws_rest_json` | AWS Pinpoint Email | 10 |
//! | [`pinpointsmsvoice`](mod@pinpointsmsvoice) | `aws_rest_json` | AWS Pinpoint SMS Voice | 6 |
//! | [`pinpointsmsvoicev2`](mod@pinpointsmsvoicev2) | `aws_json` | AWS Pinpoint SMS Voice V2 | 7 |
//! | [`pipes`](mod@pipes) | `aws_rest_json` | AWS Pipes | 6 |
//! | [`polly`](mod@polly) | `aws_rest_json` | AWS Polly | 29 |
//! | [`pricing`](mod@pricing) | `aws_json` | AWS Pricing | 8 |
//! | [`pricingplanmanager`](mod@pricingplanmanager) | `aws_rest_json` | AWS Pricing Plan Manager | 7 |
//! | [`privatenetworks`](mod@privatenetworks) | `aws_rest_json` | AWS PrivateNetworks | 6 |
//! | [`proton`](mod@proton) | `aws_json` | AWS Proton | 7 |
//! | [`qapps`](mod@qapps) | `aws_rest_json` | AWS QApps | 9 |
//! | [`qbusiness`](mod@qbusiness) | `aws_rest_json` | AWS QBusiness | 10 |
//! | [`qconnect`](mod@qconnect) | `aws_rest_json` | AWS QConnect | 12 |
//! | [`qldb`](mod@qldb) | `aws_rest_json` | AWS QLDB | 6 |
//! | [`qldbsession`](mod@qldbsession) | `aws_json` | AWS QLDB Session | 6 |
//! | [`quicksight`](mod@quicksight) | `aws_rest_json` | AWS QuickSight | 24 |
//! | [`ram`](mod@ram) | `aws_rest_json` | AWS RAM | 28 |
//! | [`rbin`](mod@rbin) | `aws_rest_json` | AWS rbin | 5 |
//! | [`rds`](mod@rds) | `aws_query` | AWS RDS | 176 |
//! | [`rdsdata`](mod@rdsdata) | `aws_rest_json` | AWS RDS Data | 17 |
//! | [`redshift`](mod@redshift) | `aws_query` | AWS Redshift | 145 |
//! | [`redshiftdata`](mod@redshiftdata) | `aws_json` | AWS Redshift Data | 10 |
//! | [`redshiftserverless`](mod@redshiftserverless) | `aws_json` | AWS Redshift Serverless | 12 |
//! | [`rekognition`](mod@rekognition) | `aws_json` | AWS Rekognition | 23 |
//! | [`repostspace`](mod@repostspace) | `aws_rest_json` | AWS repostspace | 7 |
//! | [`resiliencehub`](mod@resiliencehub) | `aws_rest_json` | AWS resiliencehub | 7 |
//! | [`resiliencehubv2`](mod@resiliencehubv2) | `aws_rest_json` | AWS resiliencehubv2 | 7 |
//! | [`resourceexplorer2`](mod@resourceexplorer2) | `aws_rest_json` | AWS Resource Explorer 2 | 8 |
//! | [`resourcegroups`](mod@resourcegroups) | `aws_rest_json` | AWS Resource Groups | 7 |
//! | [`resourcegroupstagging`](mod@resourcegroupstagging) | `aws_cbor` | AWS Resource Groups Tagging API | 6 |
//! | [`robomaker`](mod@robomaker) | `aws_rest_json` | AWS RoboMaker | 9 |
//! | [`rolesanywhere`](mod@rolesanywhere) | `aws_rest_json` | AWS RolesAnywhere | 5 |
//! | [`route53`](mod@route53) | `aws_rest_xml` | AWS Route 53 | 75 |
//! | [`route53domains`](mod@route53domains) | `aws_cbor` | AWS Route 53 Domains | 8 |
//! | [`route53globalresolver`](mod@route53globalresolver) | `aws_rest_json` | AWS Route53GlobalResolver | 7 |
//! | [`route53profiles`](mod@route53profiles) | `aws_rest_json` | AWS Route53Profiles | 10 |
//! | [`route53recoverycluster`](mod@route53recoverycluster) | `aws_json` | AWS Route53 Recovery Cluster | 8 |
//! | [`route53recoverycontrolconfig`](mod@route53recoverycontrolconfig) | `aws_rest_json` | AWS Route53 Recovery Control Config | 7 |
//! | [`route53recoveryreadiness`](mod@route53recoveryreadiness) | `aws_rest_json` | AWS Route53 Recovery Readiness | 6 |
//! | [`route53resolver`](mod@route53resolver) | `aws_json` | AWS Route53Resolver | 17 |
//! | [`rtbfabric`](mod@rtbfabric) | `aws_rest_json` | AWS RTBFabric | 7 |
//! | [`rum`](mod@rum) | `aws_rest_json` | AWS RUM | 11 |
//! | [`s3`](mod@s3) | `aws_rest_xml` | AWS S3 | 59 |
//! | [`s3control`](mod@s3control) | `aws_rest_xml` | AWS S3 Control | 12 |
//! | [`s3files`](mod@s3files) | `aws_rest_json` | AWS S3Files | 6 |
//! | [`s3outposts`](mod@s3outposts) | `aws_rest_json` | AWS S3Outposts | 7 |
//! | [`s3tables`](mod@s3tables) | `aws_rest_json` | AWS S3Tables | 9 |
//! | [`s3vectors`](mod@s3vectors) | `aws_rest_json` | AWS S3Vectors | 13 |
//! | [`sagemaker`](mod@sagemaker) | `aws_json` | AWS SageMaker | 6 |
//! | [`sagemakera2iruntime`](mod@sagemakera2iruntime) | `aws_rest_json` | AWS SageMaker A2I Runtime | 6 |
//! | [`sagemakeredge`](mod@sagemakeredge) | `aws_rest_json` | AWS Sagemaker Edge | 1 |
//! | [`sagemakerfeaturestoreruntime`](mod@sagemakerfeaturestoreruntime) | `aws_rest_json` | AWS SageMaker FeatureStore Runtime | 6 |
//! | [`sagemakergatewayruntime`](mod@sagemakergatewayruntime) | `aws_rest_json` | AWS SageMaker Gateway Runtime | 10 |
//! | [`sagemakergeospatial`](mod@sagemakergeospatial) | `aws_rest_json` | AWS SageMaker Geospatial | 7 |
//! | [`sagemakerinferencerouterruntime`](mod@sagemakerinferencerouterruntime) | `aws_rest_json` | AWS SageMaker Inference Router Runtime | 9 |
//! | [`sagemakerjobruntime`](mod@sagemakerjobruntime) | `aws_rest_json` | AWS SagemakerJobRuntime | 7 |
//! | [`sagemakerruntime`](mod@sagemakerruntime) | `aws_rest_json` | AWS SageMaker Runtime | 8 |
//! | [`sagemakertrainingsessionruntime`](mod@sagemakertrainingsessionruntime) | `aws_rest_json` | AWS SageMakerTrainingSessionRuntime | 5 |
//! | [`savingsplans`](mod@savingsplans) | `aws_rest_json` | AWS savingsplans | 4 |
//! | [`scheduler`](mod@scheduler) | `aws_rest_json` | AWS Scheduler | 6 |
//! | [`schemas`](mod@schemas) | `aws_rest_json` | AWS schemas | 10 |
//! | [`secretsmanager`](mod@secretsmanager) | `aws_json` | AWS Secrets Manager | 12 |
//! | [`securityagent`](mod@securityagent) | `aws_rest_json` | AWS SecurityAgent | 7 |
//! | [`securityhub`](mod@securityhub) | `aws_rest_json` | AWS SecurityHub | 15 |
//! | [`securityir`](mod@securityir) | `aws_rest_json` | AWS Security IR | 9 |
//! | [`securitylake`](mod@securitylake) | `aws_rest_json` | AWS SecurityLake | 6 |
//! | [`serverlessapplicationrepository`](mod@serverlessapplicationrepository) | `aws_rest_json` | AWS ServerlessApplicationRepository | 6 |
//! | [`servicecatalog`](mod@servicecatalog) | `aws_cbor` | AWS Service Catalog | 8 |
//! | [`servicecatalogappregistry`](mod@servicecatalogappregistry) | `aws_rest_json` | AWS Service Catalog AppRegistry | 6 |
//! | [`servicediscovery`](mod@servicediscovery) | `aws_cbor` | AWS ServiceDiscovery | 15 |
//! | [`servicequotas`](mod@servicequotas) | `aws_json` | AWS Service Quotas | 17 |
//! | [`ses`](mod@ses) | `aws_query` | AWS SES | 34 |
//! | [`sesv2`](mod@sesv2) | `aws_rest_json` | AWS SESv2 | 13 |
//! | [`sfn`](mod@sfn) | `aws_json` | AWS SFN | 33 |
//! | [`shield`](mod@shield) | `aws_cbor` | AWS Shield | 13 |
//! | [`signer`](mod@signer) | `aws_rest_json` | AWS signer | 10 |
//! | [`signerdata`](mod@signerdata) | `aws_rest_json` | AWS Signer Data | 4 |
//! | [`signin`](mod@signin) | `aws_rest_json` | AWS Signin | 10 |
//! | [`simpledb`](mod@simpledb) | `aws_query` | AWS SimpleDB | 17 |
//! | [`simpledbv2`](mod@simpledbv2) | `aws_rest_json` | AWS SimpleDBv2 | 7 |
//! | [`simspaceweaver`](mod@simspaceweaver) | `aws_rest_json` | AWS SimSpaceWeaver | 7 |
//! | [`sms`](mod@sms) | `aws_json` | AWS SMS | 12 |
//! | [`snowball`](mod@snowball) | `aws_cbor` | AWS Snowball | 11 |
//! | [`snowdevicemanagement`](mod@snowdevicemanagement) | `aws_rest_json` | AWS Snow Device Management | 6 |
//! | [`sns`](mod@sns) | `aws_query` | AWS SNS | 34 |
//! | [`socialmessaging`](mod@socialmessaging) | `aws_rest_json` | AWS SocialMessaging | 10 |
//! | [`sqs`](mod@sqs) | `aws_json` | AWS SQS | 28 |
//! | [`ssm`](mod@ssm) | `aws_json` | AWS SSM | 140 |
//! | [`ssmcontacts`](mod@ssmcontacts) | `aws_json` | AWS SSM Contacts | 8 |
//! | [`ssmguiconnect`](mod@ssmguiconnect) | `aws_rest_json` | AWS SSM GuiConnect | 7 |
//! | [`ssmincidents`](mod@ssmincidents) | `aws_rest_json` | AWS SSM Incidents | 7 |
//! | [`ssmquicksetup`](mod@ssmquicksetup) | `aws_rest_json` | AWS SSM QuickSetup | 6 |
//! | [`ssmsap`](mod@ssmsap) | `aws_rest_json` | AWS Ssm Sap | 5 |
//! | [`sso`](mod@sso) | `aws_rest_json` | AWS SSO | 4 |
//! | [`ssoadmin`](mod@ssoadmin) | `aws_json` | AWS SSO Admin | 7 |
//! | [`ssooidc`](mod@ssooidc) | `aws_rest_json` | AWS SSO OIDC | 14 |
//! | [`storagegateway`](mod@storagegateway) | `aws_json` | AWS Storage Gateway | 3 |
//! | [`sts`](mod@sts) | `aws_query` | AWS STS | 21 |
//! | [`supplychain`](mod@supplychain) | `aws_rest_json` | AWS SupplyChain | 7 |
//! | [`support`](mod@support) | `aws_json` | AWS Support | 12 |
//! | [`supportapp`](mod@supportapp) | `aws_rest_json` | AWS Support App | 6 |
//! | [`supportauthz`](mod@supportauthz) | `aws_rest_json` | AWS SupportAuthZ | 7 |
//! | [`sustainability`](mod@sustainability) | `aws_rest_json` | AWS Sustainability | 4 |
//! | [`swf`](mod@swf) | `aws_json` | AWS SWF | 11 |
//! | [`synthetics`](mod@synthetics) | `aws_rest_json` | AWS synthetics | 11 |
//! | [`taxsettings`](mod@taxsettings) | `aws_rest_json` | AWS TaxSettings | 7 |
//! | [`textract`](mod@textract) | `aws_cbor` | AWS Textract | 18 |
//! | [`timestreaminfluxdb`](mod@timestreaminfluxdb) | `aws_json` | AWS Timestream InfluxDB | 7 |
//! | [`timestreamquery`](mod@timestreamquery) | `aws_json` | AWS Timestream Query | 9 |
//! | [`timestreamwrite`](mod@timestreamwrite) | `aws_json` | AWS Timestream Write | 9 |
//! | [`tnb`](mod@tnb) | `aws_rest_json` | AWS tnb | 6 |
//! | [`transcribe`](mod@transcribe) | `aws_cbor` | AWS Transcribe | 5 |
//! | [`transcribestreaming`](mod@transcribestreaming) | `aws_rest_json` | AWS Transcribe Streaming | 6 |
//! | [`transfer`](mod@transfer) | `aws_json` | AWS Transfer | 9 |
//! | [`translate`](mod@translate) | `aws_cbor` | AWS Translate | 15 |
//! | [`trustedadvisor`](mod@trustedadvisor) | `aws_rest_json` | AWS TrustedAdvisor | 6 |
//! | [`uxc`](mod@uxc) | `aws_rest_json` | AWS uxc | 4 |
//! | [`verifiedpermissions`](mod@verifiedpermissions) | `aws_json` | AWS VerifiedPermissions | 9 |
//! | [`voiceid`](mod@voiceid) | `aws_json` | AWS Voice ID | 7 |
//! | [`vpclattice`](mod@vpclattice) | `aws_rest_json` | AWS VPC Lattice | 7 |
//! | [`waf`](mod@waf) | `aws_json` | AWS WAF | 19 |
//! | [`wafregional`](mod@wafregional) | `aws_json` | AWS WAF Regional | 20 |
//! | [`wafv2`](mod@wafv2) | `aws_json` | AWS WAFV2 | 20 |
//! | [`wellarchitected`](mod@wellarchitected) | `aws_rest_json` | AWS WellArchitected | 7 |
//! | [`wickr`](mod@wickr) | `aws_rest_json` | AWS Wickr | 7 |
//! | [`wisdom`](mod@wisdom) | `aws_rest_json` | AWS Wisdom | 8 |
//! | [`workdocs`](mod@workdocs) | `aws_rest_json` | AWS WorkDocs | 25 |
//! | [`workmail`](mod@workmail) | `aws_json` | AWS WorkMail | 22 |
//! | [`workmailmessageflow`](mod@workmailmessageflow) | `aws_rest_json` | AWS WorkMailMessageFlow | 4 |
//! | [`workspaces`](mod@workspaces) | `aws_cbor` | AWS WorkSpaces | 26 |
//! | [`workspacesinstances`](mod@workspacesinstances) | `aws_cbor` | AWS Workspaces Instances | 8 |
//! | [`workspacesthinclient`](mod@workspacesthinclient) | `aws_rest_json` | AWS WorkSpaces Thin Client | 7 |
//! | [`workspacesweb`](mod@workspacesweb) | `aws_rest_json` | AWS WorkSpaces Web | 8 |
//! | [`xray`](mod@xray) | `aws_rest_json` | AWS XRay | 10 |
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]
/// Every catalog of this crate whose feature is on, in module order: the index that tools
/// listing codes across catalogs read (see `cloud_errors::index`).
#[rustfmt::skip]
pub static CATALOGS: &[::cloud_errors::index::Catalog] = &[
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::reading::<
        abusesignal::Code,
    >("cloud_errors_aws::abusesignal", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        accessanalyzer::Code,
    >("cloud_errors_aws::accessanalyzer", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        account::Code,
    >("cloud_errors_aws::account", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        accountaccess::Code,
    >("cloud_errors_aws::accountaccess", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        accountaccessruntime::Code,
    >("cloud_errors_aws::accountaccessruntime", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        acm::Code,
    >("cloud_errors_aws::acm", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::reading::<
        acmpca::Code,
    >("cloud_errors_aws::acmpca", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        agentdiscovery::Code,
    >("cloud_errors_aws::agentdiscovery", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        agentregistry::Code,
    >("cloud_errors_aws::agentregistry", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        agentregistrycontrol::Code,
    >("cloud_errors_aws::agentregistrycontrol", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        aiops::Code,
    >("cloud_errors_aws::aiops", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        amp::Code,
    >("cloud_errors_aws::amp", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        amplify::Code,
    >("cloud_errors_aws::amplify", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        amplifybackend::Code,
    >("cloud_errors_aws::amplifybackend", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        amplifygen3::Code,
    >("cloud_errors_aws::amplifygen3", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        amplifyuibuilder::Code,
    >("cloud_errors_aws::amplifyuibuilder", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        apigateway::Code,
    >("cloud_errors_aws::apigateway", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        apigatewaymanagement::Code,
    >("cloud_errors_aws::apigatewaymanagement", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        apigatewayv2::Code,
    >("cloud_errors_aws::apigatewayv2", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        apiportal::Code,
    >("cloud_errors_aws::apiportal", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        appconfig::Code,
    >("cloud_errors_aws::appconfig", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        appconfigcloudextension::Code,
    >("cloud_errors_aws::appconfigcloudextension", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        appconfigdata::Code,
    >("cloud_errors_aws::appconfigdata", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        appfabric::Code,
    >("cloud_errors_aws::appfabric", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        appflow::Code,
    >("cloud_errors_aws::appflow", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        appintegrations::Code,
    >("cloud_errors_aws::appintegrations", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        applicationautoscaling::Code,
    >("cloud_errors_aws::applicationautoscaling", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        applicationcostprofiler::Code,
    >("cloud_errors_aws::applicationcostprofiler", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        applicationdiscovery::Code,
    >("cloud_errors_aws::applicationdiscovery", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        applicationinsights::Code,
    >("cloud_errors_aws::applicationinsights", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        applicationsignals::Code,
    >("cloud_errors_aws::applicationsignals", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        appmesh::Code,
    >("cloud_errors_aws::appmesh", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        appmonetization::Code,
    >("cloud_errors_aws::appmonetization", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        apprunner::Code,
    >("cloud_errors_aws::apprunner", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        appstream::Code,
    >("cloud_errors_aws::appstream", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        appsync::Code,
    >("cloud_errors_aws::appsync", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        apptest::Code,
    >("cloud_errors_aws::apptest", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        arcregionswitch::Code,
    >("cloud_errors_aws::arcregionswitch", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        arczonalshift::Code,
    >("cloud_errors_aws::arczonalshift", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        artifact::Code,
    >("cloud_errors_aws::artifact", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        assurance::Code,
    >("cloud_errors_aws::assurance", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        athena::Code,
    >("cloud_errors_aws::athena", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        auditmanager::Code,
    >("cloud_errors_aws::auditmanager", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::reading::<
        autoscaling::Code,
    >("cloud_errors_aws::autoscaling", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        autoscalingplans::Code,
    >("cloud_errors_aws::autoscalingplans", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        b2bi::Code,
    >("cloud_errors_aws::b2bi", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        backup::Code,
    >("cloud_errors_aws::backup", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        backupexternal::Code,
    >("cloud_errors_aws::backupexternal", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        backupgateway::Code,
    >("cloud_errors_aws::backupgateway", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        backupsearch::Code,
    >("cloud_errors_aws::backupsearch", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        batch::Code,
    >("cloud_errors_aws::batch", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        bcmdashboards::Code,
    >("cloud_errors_aws::bcmdashboards", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        bcmdataexports::Code,
    >("cloud_errors_aws::bcmdataexports", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        bcmpricingcalculator::Code,
    >("cloud_errors_aws::bcmpricingcalculator", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        bcmrecommendedactions::Code,
    >("cloud_errors_aws::bcmrecommendedactions", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        bedrock::Code,
    >("cloud_errors_aws::bedrock", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        bedrockagent::Code,
    >("cloud_errors_aws::bedrockagent", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        bedrockagentcore::Code,
    >("cloud_errors_aws::bedrockagentcore", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        bedrockagentcorecontrol::Code,
    >("cloud_errors_aws::bedrockagentcorecontrol", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        bedrockagentruntime::Code,
    >("cloud_errors_aws::bedrockagentruntime", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        bedrockdataautomation::Code,
    >("cloud_errors_aws::bedrockdataautomation", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        bedrockdataautomationruntime::Code,
    >("cloud_errors_aws::bedrockdataautomationruntime", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        bedrockruntime::Code,
    >("cloud_errors_aws::bedrockruntime", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        billing::Code,
    >("cloud_errors_aws::billing", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        billingconductor::Code,
    >("cloud_errors_aws::billingconductor", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        braket::Code,
    >("cloud_errors_aws::braket", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        budgets::Code,
    >("cloud_errors_aws::budgets", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        chatbot::Code,
    >("cloud_errors_aws::chatbot", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        chime::Code,
    >("cloud_errors_aws::chime", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        chimesdkidentity::Code,
    >("cloud_errors_aws::chimesdkidentity", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        chimesdkmediapipelines::Code,
    >("cloud_errors_aws::chimesdkmediapipelines", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        chimesdkmeetings::Code,
    >("cloud_errors_aws::chimesdkmeetings", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        chimesdkmessaging::Code,
    >("cloud_errors_aws::chimesdkmessaging", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        chimesdkvoice::Code,
    >("cloud_errors_aws::chimesdkvoice", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        cleanrooms::Code,
    >("cloud_errors_aws::cleanrooms", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        cleanroomsml::Code,
    >("cloud_errors_aws::cleanroomsml", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        cloud9::Code,
    >("cloud_errors_aws::cloud9", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        cloudcontrol::Code,
    >("cloud_errors_aws::cloudcontrol", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        clouddirectory::Code,
    >("cloud_errors_aws::clouddirectory", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        cloudextensions::Code,
    >("cloud_errors_aws::cloudextensions", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        cloudformation::Code,
    >("cloud_errors_aws::cloudformation", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_xml")]
    ::cloud_errors::index::Catalog::reading::<
        cloudfront::Code,
    >("cloud_errors_aws::cloudfront", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        cloudfrontkeyvaluestore::Code,
    >("cloud_errors_aws::cloudfrontkeyvaluestore", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        cloudhsm::Code,
    >("cloud_errors_aws::cloudhsm", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        cloudhsmv2::Code,
    >("cloud_errors_aws::cloudhsmv2", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        cloudsearch::Code,
    >("cloud_errors_aws::cloudsearch", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        cloudsearchdomain::Code,
    >("cloud_errors_aws::cloudsearchdomain", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        cloudtrail::Code,
    >("cloud_errors_aws::cloudtrail", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        cloudtraildata::Code,
    >("cloud_errors_aws::cloudtraildata", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        cloudwatch::Code,
    >("cloud_errors_aws::cloudwatch", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        cloudwatchevents::Code,
    >("cloud_errors_aws::cloudwatchevents", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        cloudwatchlogs::Code,
    >("cloud_errors_aws::cloudwatchlogs", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        cloudwatchomni::Code,
    >("cloud_errors_aws::cloudwatchomni", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        codeartifact::Code,
    >("cloud_errors_aws::codeartifact", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        codebuild::Code,
    >("cloud_errors_aws::codebuild", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        codecatalyst::Code,
    >("cloud_errors_aws::codecatalyst", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        codecommit::Code,
    >("cloud_errors_aws::codecommit", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        codeconnections::Code,
    >("cloud_errors_aws::codeconnections", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        codedeploy::Code,
    >("cloud_errors_aws::codedeploy", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        codeguruprofiler::Code,
    >("cloud_errors_aws::codeguruprofiler", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        codegurureviewer::Code,
    >("cloud_errors_aws::codegurureviewer", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        codegurusecurity::Code,
    >("cloud_errors_aws::codegurusecurity", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        codepipeline::Code,
    >("cloud_errors_aws::codepipeline", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        codestarconnections::Code,
    >("cloud_errors_aws::codestarconnections", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        codestarnotifications::Code,
    >("cloud_errors_aws::codestarnotifications", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        cognitoidentity::Code,
    >("cloud_errors_aws::cognitoidentity", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        cognitoidentityprovider::Code,
    >("cloud_errors_aws::cognitoidentityprovider", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        cognitosync::Code,
    >("cloud_errors_aws::cognitosync", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        comprehend::Code,
    >("cloud_errors_aws::comprehend", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        comprehendmedical::Code,
    >("cloud_errors_aws::comprehendmedical", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        computeoptimizer::Code,
    >("cloud_errors_aws::computeoptimizer", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        computeoptimizerautomation::Code,
    >("cloud_errors_aws::computeoptimizerautomation", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        config::Code,
    >("cloud_errors_aws::config", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        connect::Code,
    >("cloud_errors_aws::connect", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        connectcampaigns::Code,
    >("cloud_errors_aws::connectcampaigns", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        connectcampaignsv2::Code,
    >("cloud_errors_aws::connectcampaignsv2", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        connectcases::Code,
    >("cloud_errors_aws::connectcases", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        connectcontactlens::Code,
    >("cloud_errors_aws::connectcontactlens", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        connecthealth::Code,
    >("cloud_errors_aws::connecthealth", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        connectparticipant::Code,
    >("cloud_errors_aws::connectparticipant", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        connectscheduling::Code,
    >("cloud_errors_aws::connectscheduling", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        context::Code,
    >("cloud_errors_aws::context", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        continuum::Code,
    >("cloud_errors_aws::continuum", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        controlcatalog::Code,
    >("cloud_errors_aws::controlcatalog", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        controltower::Code,
    >("cloud_errors_aws::controltower", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        costandusagereport::Code,
    >("cloud_errors_aws::costandusagereport", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        costexplorer::Code,
    >("cloud_errors_aws::costexplorer", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        costoptimizationhub::Code,
    >("cloud_errors_aws::costoptimizationhub", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        credentialbroker::Code,
    >("cloud_errors_aws::credentialbroker", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        credentialbrokercontrol::Code,
    >("cloud_errors_aws::credentialbrokercontrol", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        customerprofiles::Code,
    >("cloud_errors_aws::customerprofiles", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        databasemigration::Code,
    >("cloud_errors_aws::databasemigration", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        databrew::Code,
    >("cloud_errors_aws::databrew", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        dataexchange::Code,
    >("cloud_errors_aws::dataexchange", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        datapipeline::Code,
    >("cloud_errors_aws::datapipeline", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        datasync::Code,
    >("cloud_errors_aws::datasync", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        datazone::Code,
    >("cloud_errors_aws::datazone", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        dax::Code,
    >("cloud_errors_aws::dax", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        deadline::Code,
    >("cloud_errors_aws::deadline", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        detective::Code,
    >("cloud_errors_aws::detective", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        devicefarm::Code,
    >("cloud_errors_aws::devicefarm", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        devopsagent::Code,
    >("cloud_errors_aws::devopsagent", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        devopsguru::Code,
    >("cloud_errors_aws::devopsguru", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        directconnect::Code,
    >("cloud_errors_aws::directconnect", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        directory::Code,
    >("cloud_errors_aws::directory", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        directoryservicedata::Code,
    >("cloud_errors_aws::directoryservicedata", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        dlm::Code,
    >("cloud_errors_aws::dlm", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        docdb::Code,
    >("cloud_errors_aws::docdb", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        docdbelastic::Code,
    >("cloud_errors_aws::docdbelastic", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        drs::Code,
    >("cloud_errors_aws::drs", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        dsql::Code,
    >("cloud_errors_aws::dsql", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        dynamodb::Code,
    >("cloud_errors_aws::dynamodb", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        dynamodbstreams::Code,
    >("cloud_errors_aws::dynamodbstreams", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        ebs::Code,
    >("cloud_errors_aws::ebs", "cloud_errors::aws"),
    #[cfg(feature = "aws_ec2")]
    ::cloud_errors::index::Catalog::reading::<
        ec2::Code,
    >("cloud_errors_aws::ec2", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        ec2instanceconnect::Code,
    >("cloud_errors_aws::ec2instanceconnect", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        ecr::Code,
    >("cloud_errors_aws::ecr", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        ecrpublic::Code,
    >("cloud_errors_aws::ecrpublic", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        ecs::Code,
    >("cloud_errors_aws::ecs", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        efs::Code,
    >("cloud_errors_aws::efs", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        eks::Code,
    >("cloud_errors_aws::eks", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        eksauth::Code,
    >("cloud_errors_aws::eksauth", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        elasticache::Code,
    >("cloud_errors_aws::elasticache", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        elasticbeanstalk::Code,
    >("cloud_errors_aws::elasticbeanstalk", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        elasticloadbalancing::Code,
    >("cloud_errors_aws::elasticloadbalancing", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        elasticloadbalancingv2::Code,
    >("cloud_errors_aws::elasticloadbalancingv2", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        elasticsearch::Code,
    >("cloud_errors_aws::elasticsearch", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        elastictranscoder::Code,
    >("cloud_errors_aws::elastictranscoder", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        elbproxy::Code,
    >("cloud_errors_aws::elbproxy", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        elementalinference::Code,
    >("cloud_errors_aws::elementalinference", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        emr::Code,
    >("cloud_errors_aws::emr", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        emrcontainers::Code,
    >("cloud_errors_aws::emrcontainers", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        emrserverless::Code,
    >("cloud_errors_aws::emrserverless", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        endusermessaging::Code,
    >("cloud_errors_aws::endusermessaging", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        entityresolution::Code,
    >("cloud_errors_aws::entityresolution", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        eventbridge::Code,
    >("cloud_errors_aws::eventbridge", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        eventbridgev2::Code,
    >("cloud_errors_aws::eventbridgev2", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        evidently::Code,
    >("cloud_errors_aws::evidently", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        evs::Code,
    >("cloud_errors_aws::evs", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        finspace::Code,
    >("cloud_errors_aws::finspace", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        finspacedata::Code,
    >("cloud_errors_aws::finspacedata", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        firehose::Code,
    >("cloud_errors_aws::firehose", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        fis::Code,
    >("cloud_errors_aws::fis", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        fms::Code,
    >("cloud_errors_aws::fms", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        forecast::Code,
    >("cloud_errors_aws::forecast", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        forecastquery::Code,
    >("cloud_errors_aws::forecastquery", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        frauddetector::Code,
    >("cloud_errors_aws::frauddetector", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        freetier::Code,
    >("cloud_errors_aws::freetier", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        fsx::Code,
    >("cloud_errors_aws::fsx", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        gamelift::Code,
    >("cloud_errors_aws::gamelift", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        gameliftstreams::Code,
    >("cloud_errors_aws::gameliftstreams", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        geomaps::Code,
    >("cloud_errors_aws::geomaps", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        geoplaces::Code,
    >("cloud_errors_aws::geoplaces", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        georoutes::Code,
    >("cloud_errors_aws::georoutes", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        glacier::Code,
    >("cloud_errors_aws::glacier", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        globalaccelerator::Code,
    >("cloud_errors_aws::globalaccelerator", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        glue::Code,
    >("cloud_errors_aws::glue", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        grafana::Code,
    >("cloud_errors_aws::grafana", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        greengrass::Code,
    >("cloud_errors_aws::greengrass", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        greengrassv2::Code,
    >("cloud_errors_aws::greengrassv2", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        groundstation::Code,
    >("cloud_errors_aws::groundstation", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        guardduty::Code,
    >("cloud_errors_aws::guardduty", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        health::Code,
    >("cloud_errors_aws::health", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        healthlake::Code,
    >("cloud_errors_aws::healthlake", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        iam::Code,
    >("cloud_errors_aws::iam", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        iamtoolbox::Code,
    >("cloud_errors_aws::iamtoolbox", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        identitystore::Code,
    >("cloud_errors_aws::identitystore", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        imagebuilder::Code,
    >("cloud_errors_aws::imagebuilder", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        importexport::Code,
    >("cloud_errors_aws::importexport", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        inspector::Code,
    >("cloud_errors_aws::inspector", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        inspector2::Code,
    >("cloud_errors_aws::inspector2", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        inspectorscan::Code,
    >("cloud_errors_aws::inspectorscan", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        interconnect::Code,
    >("cloud_errors_aws::interconnect", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        internetmonitor::Code,
    >("cloud_errors_aws::internetmonitor", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        invoicing::Code,
    >("cloud_errors_aws::invoicing", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        iot::Code,
    >("cloud_errors_aws::iot", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        iotanalytics::Code,
    >("cloud_errors_aws::iotanalytics", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        iotdataplane::Code,
    >("cloud_errors_aws::iotdataplane", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        iotdeviceadvisor::Code,
    >("cloud_errors_aws::iotdeviceadvisor", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        iotevents::Code,
    >("cloud_errors_aws::iotevents", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        ioteventsdata::Code,
    >("cloud_errors_aws::ioteventsdata", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        iotfleethub::Code,
    >("cloud_errors_aws::iotfleethub", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        iotfleetwise::Code,
    >("cloud_errors_aws::iotfleetwise", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        iotjobsdataplane::Code,
    >("cloud_errors_aws::iotjobsdataplane", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        iotmanagedintegrations::Code,
    >("cloud_errors_aws::iotmanagedintegrations", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        iotsecuretunneling::Code,
    >("cloud_errors_aws::iotsecuretunneling", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        iotsitewise::Code,
    >("cloud_errors_aws::iotsitewise", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        iotthingsgraph::Code,
    >("cloud_errors_aws::iotthingsgraph", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        iottwinmaker::Code,
    >("cloud_errors_aws::iottwinmaker", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        iotwireless::Code,
    >("cloud_errors_aws::iotwireless", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        ivs::Code,
    >("cloud_errors_aws::ivs", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        ivschat::Code,
    >("cloud_errors_aws::ivschat", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        ivsrealtime::Code,
    >("cloud_errors_aws::ivsrealtime", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        kafka::Code,
    >("cloud_errors_aws::kafka", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        kafkaconnect::Code,
    >("cloud_errors_aws::kafkaconnect", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        kendra::Code,
    >("cloud_errors_aws::kendra", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        kendraranking::Code,
    >("cloud_errors_aws::kendraranking", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        keyspaces::Code,
    >("cloud_errors_aws::keyspaces", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        keyspacesstreams::Code,
    >("cloud_errors_aws::keyspacesstreams", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        kinesis::Code,
    >("cloud_errors_aws::kinesis", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        kinesisanalytics::Code,
    >("cloud_errors_aws::kinesisanalytics", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        kinesisanalyticsv2::Code,
    >("cloud_errors_aws::kinesisanalyticsv2", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        kinesisvideo::Code,
    >("cloud_errors_aws::kinesisvideo", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        kinesisvideoarchivedmedia::Code,
    >("cloud_errors_aws::kinesisvideoarchivedmedia", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        kinesisvideomedia::Code,
    >("cloud_errors_aws::kinesisvideomedia", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        kinesisvideosignaling::Code,
    >("cloud_errors_aws::kinesisvideosignaling", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        kinesisvideowebrtcstorage::Code,
    >("cloud_errors_aws::kinesisvideowebrtcstorage", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        kms::Code,
    >("cloud_errors_aws::kms", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        lakeformation::Code,
    >("cloud_errors_aws::lakeformation", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        lambda::Code,
    >("cloud_errors_aws::lambda", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        lambdacore::Code,
    >("cloud_errors_aws::lambdacore", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        lambdamicrovms::Code,
    >("cloud_errors_aws::lambdamicrovms", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        lambdaweb::Code,
    >("cloud_errors_aws::lambdaweb", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        launchwizard::Code,
    >("cloud_errors_aws::launchwizard", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        lexmodelbuilding::Code,
    >("cloud_errors_aws::lexmodelbuilding", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        lexmodelsv2::Code,
    >("cloud_errors_aws::lexmodelsv2", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        lexruntime::Code,
    >("cloud_errors_aws::lexruntime", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        lexruntimev2::Code,
    >("cloud_errors_aws::lexruntimev2", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        licensemanager::Code,
    >("cloud_errors_aws::licensemanager", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        licensemanagerlinuxsubscriptions::Code,
    >("cloud_errors_aws::licensemanagerlinuxsubscriptions", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        licensemanagerusersubscriptions::Code,
    >("cloud_errors_aws::licensemanagerusersubscriptions", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        lightsail::Code,
    >("cloud_errors_aws::lightsail", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        location::Code,
    >("cloud_errors_aws::location", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        lookoutequipment::Code,
    >("cloud_errors_aws::lookoutequipment", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        lookoutmetrics::Code,
    >("cloud_errors_aws::lookoutmetrics", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        lookoutvision::Code,
    >("cloud_errors_aws::lookoutvision", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        m2::Code,
    >("cloud_errors_aws::m2", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        machinelearning::Code,
    >("cloud_errors_aws::machinelearning", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        macie2::Code,
    >("cloud_errors_aws::macie2", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        mailmanager::Code,
    >("cloud_errors_aws::mailmanager", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        managedblockchain::Code,
    >("cloud_errors_aws::managedblockchain", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        managedblockchainquery::Code,
    >("cloud_errors_aws::managedblockchainquery", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        marketplaceagreement::Code,
    >("cloud_errors_aws::marketplaceagreement", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        marketplacecatalog::Code,
    >("cloud_errors_aws::marketplacecatalog", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        marketplacecommerceanalytics::Code,
    >("cloud_errors_aws::marketplacecommerceanalytics", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        marketplacedeployment::Code,
    >("cloud_errors_aws::marketplacedeployment", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        marketplacediscovery::Code,
    >("cloud_errors_aws::marketplacediscovery", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        marketplaceentitlement::Code,
    >("cloud_errors_aws::marketplaceentitlement", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        marketplacemetering::Code,
    >("cloud_errors_aws::marketplacemetering", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        marketplacereporting::Code,
    >("cloud_errors_aws::marketplacereporting", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        mediaconnect::Code,
    >("cloud_errors_aws::mediaconnect", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        mediaconvert::Code,
    >("cloud_errors_aws::mediaconvert", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        medialive::Code,
    >("cloud_errors_aws::medialive", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        mediapackage::Code,
    >("cloud_errors_aws::mediapackage", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        mediapackagev2::Code,
    >("cloud_errors_aws::mediapackagev2", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        mediapackagevod::Code,
    >("cloud_errors_aws::mediapackagevod", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        mediastore::Code,
    >("cloud_errors_aws::mediastore", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        mediastoredata::Code,
    >("cloud_errors_aws::mediastoredata", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        mediatailor::Code,
    >("cloud_errors_aws::mediatailor", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        medicalimaging::Code,
    >("cloud_errors_aws::medicalimaging", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        memorydb::Code,
    >("cloud_errors_aws::memorydb", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        mgn::Code,
    >("cloud_errors_aws::mgn", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        migrationhub::Code,
    >("cloud_errors_aws::migrationhub", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        migrationhubconfig::Code,
    >("cloud_errors_aws::migrationhubconfig", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        migrationhuborchestrator::Code,
    >("cloud_errors_aws::migrationhuborchestrator", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        migrationhubrefactorspaces::Code,
    >("cloud_errors_aws::migrationhubrefactorspaces", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        migrationhubstrategy::Code,
    >("cloud_errors_aws::migrationhubstrategy", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        mpa::Code,
    >("cloud_errors_aws::mpa", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        mq::Code,
    >("cloud_errors_aws::mq", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        mturk::Code,
    >("cloud_errors_aws::mturk", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        mwaa::Code,
    >("cloud_errors_aws::mwaa", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        mwaaserverless::Code,
    >("cloud_errors_aws::mwaaserverless", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        neptune::Code,
    >("cloud_errors_aws::neptune", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        neptunedata::Code,
    >("cloud_errors_aws::neptunedata", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        neptunegraph::Code,
    >("cloud_errors_aws::neptunegraph", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        networkfirewall::Code,
    >("cloud_errors_aws::networkfirewall", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        networkflowmonitor::Code,
    >("cloud_errors_aws::networkflowmonitor", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        networkmanager::Code,
    >("cloud_errors_aws::networkmanager", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        networkmonitor::Code,
    >("cloud_errors_aws::networkmonitor", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        networksecuritymanager::Code,
    >("cloud_errors_aws::networksecuritymanager", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        notifications::Code,
    >("cloud_errors_aws::notifications", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        notificationscontacts::Code,
    >("cloud_errors_aws::notificationscontacts", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        novaact::Code,
    >("cloud_errors_aws::novaact", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        oam::Code,
    >("cloud_errors_aws::oam", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        observabilityadmin::Code,
    >("cloud_errors_aws::observabilityadmin", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        odb::Code,
    >("cloud_errors_aws::odb", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        omics::Code,
    >("cloud_errors_aws::omics", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        opensearch::Code,
    >("cloud_errors_aws::opensearch", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        opensearchmemory::Code,
    >("cloud_errors_aws::opensearchmemory", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        opensearchserverless::Code,
    >("cloud_errors_aws::opensearchserverless", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        opsworks::Code,
    >("cloud_errors_aws::opsworks", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        opsworkscm::Code,
    >("cloud_errors_aws::opsworkscm", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        organizations::Code,
    >("cloud_errors_aws::organizations", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        osis::Code,
    >("cloud_errors_aws::osis", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        outposts::Code,
    >("cloud_errors_aws::outposts", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        panorama::Code,
    >("cloud_errors_aws::panorama", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        partnercentralaccount::Code,
    >("cloud_errors_aws::partnercentralaccount", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        partnercentralbenefits::Code,
    >("cloud_errors_aws::partnercentralbenefits", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        partnercentralchannel::Code,
    >("cloud_errors_aws::partnercentralchannel", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        partnercentralmarketing::Code,
    >("cloud_errors_aws::partnercentralmarketing", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        partnercentralrevenuemeasurement::Code,
    >("cloud_errors_aws::partnercentralrevenuemeasurement", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        partnercentralselling::Code,
    >("cloud_errors_aws::partnercentralselling", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        paymentcryptography::Code,
    >("cloud_errors_aws::paymentcryptography", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        paymentcryptographydata::Code,
    >("cloud_errors_aws::paymentcryptographydata", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        payments::Code,
    >("cloud_errors_aws::payments", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        pcaconnectorad::Code,
    >("cloud_errors_aws::pcaconnectorad", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        pcaconnectorscep::Code,
    >("cloud_errors_aws::pcaconnectorscep", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        pcs::Code,
    >("cloud_errors_aws::pcs", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        personalize::Code,
    >("cloud_errors_aws::personalize", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        personalizeevents::Code,
    >("cloud_errors_aws::personalizeevents", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        personalizeruntime::Code,
    >("cloud_errors_aws::personalizeruntime", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        pi::Code,
    >("cloud_errors_aws::pi", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        pinpoint::Code,
    >("cloud_errors_aws::pinpoint", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        pinpointemail::Code,
    >("cloud_errors_aws::pinpointemail", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        pinpointsmsvoice::Code,
    >("cloud_errors_aws::pinpointsmsvoice", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        pinpointsmsvoicev2::Code,
    >("cloud_errors_aws::pinpointsmsvoicev2", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        pipes::Code,
    >("cloud_errors_aws::pipes", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        polly::Code,
    >("cloud_errors_aws::polly", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        pricing::Code,
    >("cloud_errors_aws::pricing", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        pricingplanmanager::Code,
    >("cloud_errors_aws::pricingplanmanager", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        privatenetworks::Code,
    >("cloud_errors_aws::privatenetworks", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        proton::Code,
    >("cloud_errors_aws::proton", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        qapps::Code,
    >("cloud_errors_aws::qapps", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        qbusiness::Code,
    >("cloud_errors_aws::qbusiness", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        qconnect::Code,
    >("cloud_errors_aws::qconnect", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        qldb::Code,
    >("cloud_errors_aws::qldb", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        qldbsession::Code,
    >("cloud_errors_aws::qldbsession", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        quicksight::Code,
    >("cloud_errors_aws::quicksight", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        ram::Code,
    >("cloud_errors_aws::ram", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        rbin::Code,
    >("cloud_errors_aws::rbin", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        rds::Code,
    >("cloud_errors_aws::rds", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        rdsdata::Code,
    >("cloud_errors_aws::rdsdata", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        redshift::Code,
    >("cloud_errors_aws::redshift", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        redshiftdata::Code,
    >("cloud_errors_aws::redshiftdata", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        redshiftserverless::Code,
    >("cloud_errors_aws::redshiftserverless", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        rekognition::Code,
    >("cloud_errors_aws::rekognition", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        repostspace::Code,
    >("cloud_errors_aws::repostspace", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        resiliencehub::Code,
    >("cloud_errors_aws::resiliencehub", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        resiliencehubv2::Code,
    >("cloud_errors_aws::resiliencehubv2", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        resourceexplorer2::Code,
    >("cloud_errors_aws::resourceexplorer2", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        resourcegroups::Code,
    >("cloud_errors_aws::resourcegroups", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        resourcegroupstagging::Code,
    >("cloud_errors_aws::resourcegroupstagging", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        robomaker::Code,
    >("cloud_errors_aws::robomaker", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        rolesanywhere::Code,
    >("cloud_errors_aws::rolesanywhere", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_xml")]
    ::cloud_errors::index::Catalog::extending::<
        route53::Code,
    >("cloud_errors_aws::route53", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        route53domains::Code,
    >("cloud_errors_aws::route53domains", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        route53globalresolver::Code,
    >("cloud_errors_aws::route53globalresolver", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        route53profiles::Code,
    >("cloud_errors_aws::route53profiles", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        route53recoverycluster::Code,
    >("cloud_errors_aws::route53recoverycluster", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        route53recoverycontrolconfig::Code,
    >("cloud_errors_aws::route53recoverycontrolconfig", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        route53recoveryreadiness::Code,
    >("cloud_errors_aws::route53recoveryreadiness", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        route53resolver::Code,
    >("cloud_errors_aws::route53resolver", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        rtbfabric::Code,
    >("cloud_errors_aws::rtbfabric", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        rum::Code,
    >("cloud_errors_aws::rum", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_xml")]
    ::cloud_errors::index::Catalog::extending::<
        s3::Code,
    >("cloud_errors_aws::s3", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_xml")]
    ::cloud_errors::index::Catalog::extending::<
        s3control::Code,
    >("cloud_errors_aws::s3control", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        s3files::Code,
    >("cloud_errors_aws::s3files", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        s3outposts::Code,
    >("cloud_errors_aws::s3outposts", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        s3tables::Code,
    >("cloud_errors_aws::s3tables", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        s3vectors::Code,
    >("cloud_errors_aws::s3vectors", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        sagemaker::Code,
    >("cloud_errors_aws::sagemaker", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        sagemakera2iruntime::Code,
    >("cloud_errors_aws::sagemakera2iruntime", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        sagemakeredge::Code,
    >("cloud_errors_aws::sagemakeredge", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        sagemakerfeaturestoreruntime::Code,
    >("cloud_errors_aws::sagemakerfeaturestoreruntime", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        sagemakergatewayruntime::Code,
    >("cloud_errors_aws::sagemakergatewayruntime", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        sagemakergeospatial::Code,
    >("cloud_errors_aws::sagemakergeospatial", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        sagemakerinferencerouterruntime::Code,
    >("cloud_errors_aws::sagemakerinferencerouterruntime", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        sagemakerjobruntime::Code,
    >("cloud_errors_aws::sagemakerjobruntime", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        sagemakerruntime::Code,
    >("cloud_errors_aws::sagemakerruntime", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        sagemakertrainingsessionruntime::Code,
    >("cloud_errors_aws::sagemakertrainingsessionruntime", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        savingsplans::Code,
    >("cloud_errors_aws::savingsplans", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        scheduler::Code,
    >("cloud_errors_aws::scheduler", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        schemas::Code,
    >("cloud_errors_aws::schemas", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        secretsmanager::Code,
    >("cloud_errors_aws::secretsmanager", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        securityagent::Code,
    >("cloud_errors_aws::securityagent", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        securityhub::Code,
    >("cloud_errors_aws::securityhub", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        securityir::Code,
    >("cloud_errors_aws::securityir", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        securitylake::Code,
    >("cloud_errors_aws::securitylake", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        serverlessapplicationrepository::Code,
    >("cloud_errors_aws::serverlessapplicationrepository", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        servicecatalog::Code,
    >("cloud_errors_aws::servicecatalog", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        servicecatalogappregistry::Code,
    >("cloud_errors_aws::servicecatalogappregistry", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        servicediscovery::Code,
    >("cloud_errors_aws::servicediscovery", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        servicequotas::Code,
    >("cloud_errors_aws::servicequotas", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        ses::Code,
    >("cloud_errors_aws::ses", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        sesv2::Code,
    >("cloud_errors_aws::sesv2", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        sfn::Code,
    >("cloud_errors_aws::sfn", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        shield::Code,
    >("cloud_errors_aws::shield", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        signer::Code,
    >("cloud_errors_aws::signer", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        signerdata::Code,
    >("cloud_errors_aws::signerdata", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        signin::Code,
    >("cloud_errors_aws::signin", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        simpledb::Code,
    >("cloud_errors_aws::simpledb", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        simpledbv2::Code,
    >("cloud_errors_aws::simpledbv2", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        simspaceweaver::Code,
    >("cloud_errors_aws::simspaceweaver", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        sms::Code,
    >("cloud_errors_aws::sms", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        snowball::Code,
    >("cloud_errors_aws::snowball", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        snowdevicemanagement::Code,
    >("cloud_errors_aws::snowdevicemanagement", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        sns::Code,
    >("cloud_errors_aws::sns", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        socialmessaging::Code,
    >("cloud_errors_aws::socialmessaging", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        sqs::Code,
    >("cloud_errors_aws::sqs", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        ssm::Code,
    >("cloud_errors_aws::ssm", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        ssmcontacts::Code,
    >("cloud_errors_aws::ssmcontacts", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        ssmguiconnect::Code,
    >("cloud_errors_aws::ssmguiconnect", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        ssmincidents::Code,
    >("cloud_errors_aws::ssmincidents", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        ssmquicksetup::Code,
    >("cloud_errors_aws::ssmquicksetup", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        ssmsap::Code,
    >("cloud_errors_aws::ssmsap", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        sso::Code,
    >("cloud_errors_aws::sso", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        ssoadmin::Code,
    >("cloud_errors_aws::ssoadmin", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        ssooidc::Code,
    >("cloud_errors_aws::ssooidc", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        storagegateway::Code,
    >("cloud_errors_aws::storagegateway", "cloud_errors::aws"),
    #[cfg(feature = "aws_query")]
    ::cloud_errors::index::Catalog::extending::<
        sts::Code,
    >("cloud_errors_aws::sts", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        supplychain::Code,
    >("cloud_errors_aws::supplychain", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        support::Code,
    >("cloud_errors_aws::support", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        supportapp::Code,
    >("cloud_errors_aws::supportapp", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        supportauthz::Code,
    >("cloud_errors_aws::supportauthz", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        sustainability::Code,
    >("cloud_errors_aws::sustainability", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        swf::Code,
    >("cloud_errors_aws::swf", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        synthetics::Code,
    >("cloud_errors_aws::synthetics", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        taxsettings::Code,
    >("cloud_errors_aws::taxsettings", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        textract::Code,
    >("cloud_errors_aws::textract", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        timestreaminfluxdb::Code,
    >("cloud_errors_aws::timestreaminfluxdb", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        timestreamquery::Code,
    >("cloud_errors_aws::timestreamquery", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        timestreamwrite::Code,
    >("cloud_errors_aws::timestreamwrite", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        tnb::Code,
    >("cloud_errors_aws::tnb", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        transcribe::Code,
    >("cloud_errors_aws::transcribe", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        transcribestreaming::Code,
    >("cloud_errors_aws::transcribestreaming", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        transfer::Code,
    >("cloud_errors_aws::transfer", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        translate::Code,
    >("cloud_errors_aws::translate", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        trustedadvisor::Code,
    >("cloud_errors_aws::trustedadvisor", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        uxc::Code,
    >("cloud_errors_aws::uxc", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        verifiedpermissions::Code,
    >("cloud_errors_aws::verifiedpermissions", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        voiceid::Code,
    >("cloud_errors_aws::voiceid", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        vpclattice::Code,
    >("cloud_errors_aws::vpclattice", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        waf::Code,
    >("cloud_errors_aws::waf", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        wafregional::Code,
    >("cloud_errors_aws::wafregional", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        wafv2::Code,
    >("cloud_errors_aws::wafv2", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        wellarchitected::Code,
    >("cloud_errors_aws::wellarchitected", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        wickr::Code,
    >("cloud_errors_aws::wickr", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        wisdom::Code,
    >("cloud_errors_aws::wisdom", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        workdocs::Code,
    >("cloud_errors_aws::workdocs", "cloud_errors::aws"),
    #[cfg(feature = "aws_json")]
    ::cloud_errors::index::Catalog::extending::<
        workmail::Code,
    >("cloud_errors_aws::workmail", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        workmailmessageflow::Code,
    >("cloud_errors_aws::workmailmessageflow", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        workspaces::Code,
    >("cloud_errors_aws::workspaces", "cloud_errors::aws"),
    #[cfg(feature = "aws_cbor")]
    ::cloud_errors::index::Catalog::extending::<
        workspacesinstances::Code,
    >("cloud_errors_aws::workspacesinstances", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        workspacesthinclient::Code,
    >("cloud_errors_aws::workspacesthinclient", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        workspacesweb::Code,
    >("cloud_errors_aws::workspacesweb", "cloud_errors::aws"),
    #[cfg(feature = "aws_rest_json")]
    ::cloud_errors::index::Catalog::extending::<
        xray::Code,
    >("cloud_errors_aws::xray", "cloud_errors::aws"),
];
/// AWS Abuse Signal: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod abusesignal;
/// AWS AccessAnalyzer: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod accessanalyzer;
/// AWS Account: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod account;
/// AWS Account Access: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod accountaccess;
/// AWS Account Access Runtime: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod accountaccessruntime;
/// AWS ACM: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod acm;
/// AWS ACM PCA: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod acmpca;
/// AWS Agent Discovery: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod agentdiscovery;
/// AWS Agent Registry: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod agentregistry;
/// AWS Agent Registry Control: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod agentregistrycontrol;
/// AWS AIOps: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod aiops;
/// AWS amp: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod amp;
/// AWS Amplify: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod amplify;
/// AWS AmplifyBackend: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod amplifybackend;
/// AWS AmplifyGen3: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod amplifygen3;
/// AWS AmplifyUIBuilder: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod amplifyuibuilder;
/// AWS API Gateway: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod apigateway;
/// AWS ApiGatewayManagementApi: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod apigatewaymanagement;
/// AWS ApiGatewayV2: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod apigatewayv2;
/// AWS APIPortal: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod apiportal;
/// AWS AppConfig: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod appconfig;
/// AWS AppConfigCloudExtension: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod appconfigcloudextension;
/// AWS AppConfigData: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod appconfigdata;
/// AWS AppFabric: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod appfabric;
/// AWS Appflow: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod appflow;
/// AWS AppIntegrations: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod appintegrations;
/// AWS Application Auto Scaling: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod applicationautoscaling;
/// AWS ApplicationCostProfiler: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod applicationcostprofiler;
/// AWS Application Discovery Service: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod applicationdiscovery;
/// AWS Application Insights: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod applicationinsights;
/// AWS Application Signals: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod applicationsignals;
/// AWS App Mesh: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod appmesh;
/// AWS AppMonetization: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod appmonetization;
/// AWS AppRunner: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod apprunner;
/// AWS AppStream: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod appstream;
/// AWS AppSync: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod appsync;
/// AWS AppTest: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod apptest;
/// AWS ARC Region switch: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod arcregionswitch;
/// AWS ARC Zonal Shift: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod arczonalshift;
/// AWS Artifact: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod artifact;
/// AWS Assurance: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod assurance;
/// AWS Athena: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod athena;
/// AWS AuditManager: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod auditmanager;
/// AWS Auto Scaling: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod autoscaling;
/// AWS Auto Scaling Plans: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod autoscalingplans;
/// AWS b2bi: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod b2bi;
/// AWS Backup: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod backup;
/// AWS Backup External: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod backupexternal;
/// AWS Backup Gateway: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod backupgateway;
/// AWS BackupSearch: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod backupsearch;
/// AWS Batch: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod batch;
/// AWS BCM Dashboards: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod bcmdashboards;
/// AWS BCM Data Exports: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod bcmdataexports;
/// AWS BCM Pricing Calculator: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod bcmpricingcalculator;
/// AWS BCM Recommended Actions: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod bcmrecommendedactions;
/// AWS Bedrock: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod bedrock;
/// AWS Bedrock Agent: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod bedrockagent;
/// AWS Bedrock AgentCore: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod bedrockagentcore;
/// AWS Bedrock AgentCore Control: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod bedrockagentcorecontrol;
/// AWS Bedrock Agent Runtime: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod bedrockagentruntime;
/// AWS Bedrock Data Automation: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod bedrockdataautomation;
/// AWS Bedrock Data Automation Runtime: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod bedrockdataautomationruntime;
/// AWS Bedrock Runtime: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod bedrockruntime;
/// AWS Billing: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod billing;
/// AWS billingconductor: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod billingconductor;
/// AWS Braket: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod braket;
/// AWS Budgets: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod budgets;
/// AWS chatbot: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod chatbot;
/// AWS Chime: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod chime;
/// AWS Chime SDK Identity: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod chimesdkidentity;
/// AWS Chime SDK Media Pipelines: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod chimesdkmediapipelines;
/// AWS Chime SDK Meetings: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod chimesdkmeetings;
/// AWS Chime SDK Messaging: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod chimesdkmessaging;
/// AWS Chime SDK Voice: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod chimesdkvoice;
/// AWS CleanRooms: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod cleanrooms;
/// AWS CleanRoomsML: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod cleanroomsml;
/// AWS Cloud9: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod cloud9;
/// AWS CloudControl: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod cloudcontrol;
/// AWS CloudDirectory: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod clouddirectory;
/// AWS CloudExtensions: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod cloudextensions;
/// AWS CloudFormation: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod cloudformation;
/// AWS CloudFront: error codes.
#[cfg(feature = "aws_rest_xml")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_xml")))]
#[rustfmt::skip]
pub mod cloudfront;
/// AWS CloudFront KeyValueStore: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod cloudfrontkeyvaluestore;
/// AWS CloudHSM: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod cloudhsm;
/// AWS CloudHSM V2: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod cloudhsmv2;
/// AWS CloudSearch: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod cloudsearch;
/// AWS CloudSearch Domain: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod cloudsearchdomain;
/// AWS CloudTrail: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod cloudtrail;
/// AWS CloudTrail Data: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod cloudtraildata;
/// AWS CloudWatch: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod cloudwatch;
/// AWS CloudWatch Events: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod cloudwatchevents;
/// AWS CloudWatch Logs: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod cloudwatchlogs;
/// AWS CloudWatchOmni: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod cloudwatchomni;
/// AWS codeartifact: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod codeartifact;
/// AWS CodeBuild: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod codebuild;
/// AWS CodeCatalyst: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod codecatalyst;
/// AWS CodeCommit: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod codecommit;
/// AWS CodeConnections: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod codeconnections;
/// AWS CodeDeploy: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod codedeploy;
/// AWS CodeGuruProfiler: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod codeguruprofiler;
/// AWS CodeGuru Reviewer: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod codegurureviewer;
/// AWS CodeGuru Security: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod codegurusecurity;
/// AWS CodePipeline: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod codepipeline;
/// AWS CodeStar connections: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod codestarconnections;
/// AWS codestar notifications: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod codestarnotifications;
/// AWS Cognito Identity: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod cognitoidentity;
/// AWS Cognito Identity Provider: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod cognitoidentityprovider;
/// AWS Cognito Sync: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod cognitosync;
/// AWS Comprehend: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod comprehend;
/// AWS ComprehendMedical: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod comprehendmedical;
/// AWS Compute Optimizer: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod computeoptimizer;
/// AWS Compute Optimizer Automation: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod computeoptimizerautomation;
/// AWS Config Service: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod config;
/// AWS Connect: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod connect;
/// AWS ConnectCampaigns: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod connectcampaigns;
/// AWS ConnectCampaignsV2: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod connectcampaignsv2;
/// AWS ConnectCases: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod connectcases;
/// AWS Connect Contact Lens: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod connectcontactlens;
/// AWS ConnectHealth: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod connecthealth;
/// AWS ConnectParticipant: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod connectparticipant;
/// AWS ConnectScheduling: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod connectscheduling;
/// AWS Context: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod context;
/// AWS Continuum: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod continuum;
/// AWS ControlCatalog: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod controlcatalog;
/// AWS ControlTower: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod controltower;
/// AWS Cost and Usage Report Service: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod costandusagereport;
/// AWS Cost Explorer: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod costexplorer;
/// AWS Cost Optimization Hub: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod costoptimizationhub;
/// AWS CredentialBroker: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod credentialbroker;
/// AWS CredentialBroker Control: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod credentialbrokercontrol;
/// AWS Customer Profiles: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod customerprofiles;
/// AWS Database Migration Service: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod databasemigration;
/// AWS DataBrew: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod databrew;
/// AWS DataExchange: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod dataexchange;
/// AWS Data Pipeline: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod datapipeline;
/// AWS DataSync: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod datasync;
/// AWS DataZone: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod datazone;
/// AWS DAX: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod dax;
/// AWS deadline: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod deadline;
/// AWS Detective: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod detective;
/// AWS Device Farm: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod devicefarm;
/// AWS DevOps Agent: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod devopsagent;
/// AWS DevOps Guru: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod devopsguru;
/// AWS Direct Connect: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod directconnect;
/// AWS Directory Service: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod directory;
/// AWS Directory Service Data: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod directoryservicedata;
/// AWS DLM: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod dlm;
/// AWS DocDB: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod docdb;
/// AWS DocDB Elastic: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod docdbelastic;
/// AWS drs: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod drs;
/// AWS DSQL: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod dsql;
/// AWS DynamoDB: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod dynamodb;
/// AWS DynamoDB Streams: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod dynamodbstreams;
/// AWS EBS: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod ebs;
/// AWS EC2: error codes.
#[cfg(feature = "aws_ec2")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_ec2")))]
#[rustfmt::skip]
pub mod ec2;
/// AWS EC2 Instance Connect: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod ec2instanceconnect;
/// AWS ECR: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod ecr;
/// AWS ECR PUBLIC: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod ecrpublic;
/// AWS ECS: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod ecs;
/// AWS EFS: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod efs;
/// AWS EKS: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod eks;
/// AWS EKS Auth: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod eksauth;
/// AWS ElastiCache: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod elasticache;
/// AWS Elastic Beanstalk: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod elasticbeanstalk;
/// AWS Elastic Load Balancing: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod elasticloadbalancing;
/// AWS Elastic Load Balancing v2: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod elasticloadbalancingv2;
/// AWS Elasticsearch Service: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod elasticsearch;
/// AWS Elastic Transcoder: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod elastictranscoder;
/// AWS ELB Proxy: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod elbproxy;
/// AWS ElementalInference: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod elementalinference;
/// AWS EMR: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod emr;
/// AWS EMR containers: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod emrcontainers;
/// AWS EMR Serverless: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod emrserverless;
/// AWS EndUserMessaging: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod endusermessaging;
/// AWS EntityResolution: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod entityresolution;
/// AWS EventBridge: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod eventbridge;
/// AWS EventBridgeV2: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod eventbridgev2;
/// AWS Evidently: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod evidently;
/// AWS evs: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod evs;
/// AWS finspace: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod finspace;
/// AWS finspace data: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod finspacedata;
/// AWS Firehose: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod firehose;
/// AWS fis: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod fis;
/// AWS FMS: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod fms;
/// AWS forecast: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod forecast;
/// AWS forecastquery: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod forecastquery;
/// AWS FraudDetector: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod frauddetector;
/// AWS FreeTier: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod freetier;
/// AWS FSx: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod fsx;
/// AWS GameLift: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod gamelift;
/// AWS GameLiftStreams: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod gameliftstreams;
/// AWS Geo Maps: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod geomaps;
/// AWS Geo Places: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod geoplaces;
/// AWS Geo Routes: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod georoutes;
/// AWS Glacier: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod glacier;
/// AWS Global Accelerator: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod globalaccelerator;
/// AWS Glue: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod glue;
/// AWS grafana: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod grafana;
/// AWS Greengrass: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod greengrass;
/// AWS GreengrassV2: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod greengrassv2;
/// AWS GroundStation: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod groundstation;
/// AWS GuardDuty: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod guardduty;
/// AWS Health: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod health;
/// AWS HealthLake: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod healthlake;
/// AWS IAM: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod iam;
/// AWS IAM Toolbox: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod iamtoolbox;
/// AWS identitystore: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod identitystore;
/// AWS imagebuilder: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod imagebuilder;
/// AWS ImportExport: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod importexport;
/// AWS Inspector: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod inspector;
/// AWS Inspector2: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod inspector2;
/// AWS Inspector Scan: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod inspectorscan;
/// AWS Interconnect: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod interconnect;
/// AWS InternetMonitor: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod internetmonitor;
/// AWS Invoicing: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod invoicing;
/// AWS IoT: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod iot;
/// AWS IoTAnalytics: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod iotanalytics;
/// AWS IoT Data Plane: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod iotdataplane;
/// AWS IotDeviceAdvisor: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod iotdeviceadvisor;
/// AWS IoT Events: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod iotevents;
/// AWS IoT Events Data: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod ioteventsdata;
/// AWS IoTFleetHub: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod iotfleethub;
/// AWS IoTFleetWise: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod iotfleetwise;
/// AWS IoT Jobs Data Plane: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod iotjobsdataplane;
/// AWS IoT Managed Integrations: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod iotmanagedintegrations;
/// AWS IoTSecureTunneling: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod iotsecuretunneling;
/// AWS IoTSiteWise: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod iotsitewise;
/// AWS IoTThingsGraph: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod iotthingsgraph;
/// AWS IoTTwinMaker: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod iottwinmaker;
/// AWS IoT Wireless: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod iotwireless;
/// AWS ivs: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod ivs;
/// AWS ivschat: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod ivschat;
/// AWS IVS RealTime: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod ivsrealtime;
/// AWS Kafka: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod kafka;
/// AWS KafkaConnect: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod kafkaconnect;
/// AWS kendra: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod kendra;
/// AWS Kendra Ranking: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod kendraranking;
/// AWS Keyspaces: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod keyspaces;
/// AWS KeyspacesStreams: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod keyspacesstreams;
/// AWS Kinesis: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod kinesis;
/// AWS Kinesis Analytics: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod kinesisanalytics;
/// AWS Kinesis Analytics V2: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod kinesisanalyticsv2;
/// AWS Kinesis Video: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod kinesisvideo;
/// AWS Kinesis Video Archived Media: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod kinesisvideoarchivedmedia;
/// AWS Kinesis Video Media: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod kinesisvideomedia;
/// AWS Kinesis Video Signaling: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod kinesisvideosignaling;
/// AWS Kinesis Video WebRTC Storage: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod kinesisvideowebrtcstorage;
/// AWS KMS: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod kms;
/// AWS LakeFormation: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod lakeformation;
/// AWS Lambda: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod lambda;
/// AWS Lambda Core: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod lambdacore;
/// AWS Lambda Microvms: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod lambdamicrovms;
/// AWS Lambda Web: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod lambdaweb;
/// AWS Launch Wizard: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod launchwizard;
/// AWS Lex Model Building Service: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod lexmodelbuilding;
/// AWS Lex Models V2: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod lexmodelsv2;
/// AWS Lex Runtime Service: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod lexruntime;
/// AWS Lex Runtime V2: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod lexruntimev2;
/// AWS License Manager: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod licensemanager;
/// AWS License Manager Linux Subscriptions: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod licensemanagerlinuxsubscriptions;
/// AWS License Manager User Subscriptions: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod licensemanagerusersubscriptions;
/// AWS Lightsail: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod lightsail;
/// AWS Location: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod location;
/// AWS LookoutEquipment: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod lookoutequipment;
/// AWS LookoutMetrics: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod lookoutmetrics;
/// AWS LookoutVision: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod lookoutvision;
/// AWS m2: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod m2;
/// AWS Machine Learning: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod machinelearning;
/// AWS Macie2: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod macie2;
/// AWS MailManager: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod mailmanager;
/// AWS ManagedBlockchain: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod managedblockchain;
/// AWS ManagedBlockchain Query: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod managedblockchainquery;
/// AWS Marketplace Agreement: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod marketplaceagreement;
/// AWS Marketplace Catalog: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod marketplacecatalog;
/// AWS Marketplace Commerce Analytics: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod marketplacecommerceanalytics;
/// AWS Marketplace Deployment: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod marketplacedeployment;
/// AWS Marketplace Discovery: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod marketplacediscovery;
/// AWS Marketplace Entitlement Service: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod marketplaceentitlement;
/// AWS Marketplace Metering: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod marketplacemetering;
/// AWS Marketplace Reporting: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod marketplacereporting;
/// AWS MediaConnect: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod mediaconnect;
/// AWS MediaConvert: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod mediaconvert;
/// AWS MediaLive: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod medialive;
/// AWS MediaPackage: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod mediapackage;
/// AWS MediaPackageV2: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod mediapackagev2;
/// AWS MediaPackage Vod: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod mediapackagevod;
/// AWS MediaStore: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod mediastore;
/// AWS MediaStore Data: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod mediastoredata;
/// AWS MediaTailor: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod mediatailor;
/// AWS Medical Imaging: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod medicalimaging;
/// AWS MemoryDB: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod memorydb;
/// AWS mgn: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod mgn;
/// AWS Migration Hub: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod migrationhub;
/// AWS MigrationHub Config: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod migrationhubconfig;
/// AWS MigrationHubOrchestrator: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod migrationhuborchestrator;
/// AWS Migration Hub Refactor Spaces: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod migrationhubrefactorspaces;
/// AWS MigrationHubStrategy: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod migrationhubstrategy;
/// AWS MPA: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod mpa;
/// AWS mq: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod mq;
/// AWS MTurk: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod mturk;
/// AWS MWAA: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod mwaa;
/// AWS MWAA Serverless: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod mwaaserverless;
/// AWS Neptune: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod neptune;
/// AWS neptunedata: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod neptunedata;
/// AWS Neptune Graph: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod neptunegraph;
/// AWS Network Firewall: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod networkfirewall;
/// AWS NetworkFlowMonitor: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod networkflowmonitor;
/// AWS NetworkManager: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod networkmanager;
/// AWS NetworkMonitor: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod networkmonitor;
/// AWS Network Security Manager: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod networksecuritymanager;
/// AWS Notifications: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod notifications;
/// AWS NotificationsContacts: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod notificationscontacts;
/// AWS Nova Act: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod novaact;
/// AWS OAM: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod oam;
/// AWS ObservabilityAdmin: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod observabilityadmin;
/// AWS odb: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod odb;
/// AWS Omics: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod omics;
/// AWS OpenSearch: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod opensearch;
/// AWS OpenSearchMemory: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod opensearchmemory;
/// AWS OpenSearchServerless: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod opensearchserverless;
/// AWS OpsWorks: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod opsworks;
/// AWS OpsWorksCM: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod opsworkscm;
/// AWS Organizations: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod organizations;
/// AWS OSIS: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod osis;
/// AWS Outposts: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod outposts;
/// AWS Panorama: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod panorama;
/// AWS PartnerCentral Account: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod partnercentralaccount;
/// AWS PartnerCentral Benefits: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod partnercentralbenefits;
/// AWS PartnerCentral Channel: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod partnercentralchannel;
/// AWS PartnerCentral Marketing: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod partnercentralmarketing;
/// AWS PartnerCentral Revenue Measurement: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod partnercentralrevenuemeasurement;
/// AWS PartnerCentral Selling: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod partnercentralselling;
/// AWS Payment Cryptography: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod paymentcryptography;
/// AWS Payment Cryptography Data: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod paymentcryptographydata;
/// AWS Payments: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod payments;
/// AWS Pca Connector Ad: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod pcaconnectorad;
/// AWS Pca Connector Scep: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod pcaconnectorscep;
/// AWS PCS: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod pcs;
/// AWS Personalize: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod personalize;
/// AWS Personalize Events: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod personalizeevents;
/// AWS Personalize Runtime: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod personalizeruntime;
/// AWS PI: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod pi;
/// AWS Pinpoint: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod pinpoint;
/// AWS Pinpoint Email: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod pinpointemail;
/// AWS Pinpoint SMS Voice: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod pinpointsmsvoice;
/// AWS Pinpoint SMS Voice V2: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod pinpointsmsvoicev2;
/// AWS Pipes: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod pipes;
/// AWS Polly: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod polly;
/// AWS Pricing: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod pricing;
/// AWS Pricing Plan Manager: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod pricingplanmanager;
/// AWS PrivateNetworks: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod privatenetworks;
/// AWS Proton: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod proton;
/// AWS QApps: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod qapps;
/// AWS QBusiness: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod qbusiness;
/// AWS QConnect: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod qconnect;
/// AWS QLDB: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod qldb;
/// AWS QLDB Session: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod qldbsession;
/// AWS QuickSight: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod quicksight;
/// AWS RAM: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod ram;
/// AWS rbin: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod rbin;
/// AWS RDS: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod rds;
/// AWS RDS Data: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod rdsdata;
/// AWS Redshift: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod redshift;
/// AWS Redshift Data: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod redshiftdata;
/// AWS Redshift Serverless: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod redshiftserverless;
/// AWS Rekognition: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod rekognition;
/// AWS repostspace: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod repostspace;
/// AWS resiliencehub: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod resiliencehub;
/// AWS resiliencehubv2: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod resiliencehubv2;
/// AWS Resource Explorer 2: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod resourceexplorer2;
/// AWS Resource Groups: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod resourcegroups;
/// AWS Resource Groups Tagging API: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod resourcegroupstagging;
/// AWS RoboMaker: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod robomaker;
/// AWS RolesAnywhere: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod rolesanywhere;
/// AWS Route 53: error codes.
#[cfg(feature = "aws_rest_xml")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_xml")))]
#[rustfmt::skip]
pub mod route53;
/// AWS Route 53 Domains: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod route53domains;
/// AWS Route53GlobalResolver: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod route53globalresolver;
/// AWS Route53Profiles: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod route53profiles;
/// AWS Route53 Recovery Cluster: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod route53recoverycluster;
/// AWS Route53 Recovery Control Config: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod route53recoverycontrolconfig;
/// AWS Route53 Recovery Readiness: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod route53recoveryreadiness;
/// AWS Route53Resolver: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod route53resolver;
/// AWS RTBFabric: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod rtbfabric;
/// AWS RUM: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod rum;
/// AWS S3: error codes.
#[cfg(feature = "aws_rest_xml")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_xml")))]
#[rustfmt::skip]
pub mod s3;
/// AWS S3 Control: error codes.
#[cfg(feature = "aws_rest_xml")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_xml")))]
#[rustfmt::skip]
pub mod s3control;
/// AWS S3Files: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod s3files;
/// AWS S3Outposts: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod s3outposts;
/// AWS S3Tables: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod s3tables;
/// AWS S3Vectors: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod s3vectors;
/// AWS SageMaker: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod sagemaker;
/// AWS SageMaker A2I Runtime: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod sagemakera2iruntime;
/// AWS Sagemaker Edge: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod sagemakeredge;
/// AWS SageMaker FeatureStore Runtime: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod sagemakerfeaturestoreruntime;
/// AWS SageMaker Gateway Runtime: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod sagemakergatewayruntime;
/// AWS SageMaker Geospatial: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod sagemakergeospatial;
/// AWS SageMaker Inference Router Runtime: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod sagemakerinferencerouterruntime;
/// AWS SagemakerJobRuntime: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod sagemakerjobruntime;
/// AWS SageMaker Runtime: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod sagemakerruntime;
/// AWS SageMakerTrainingSessionRuntime: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod sagemakertrainingsessionruntime;
/// AWS savingsplans: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod savingsplans;
/// AWS Scheduler: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod scheduler;
/// AWS schemas: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod schemas;
/// AWS Secrets Manager: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod secretsmanager;
/// AWS SecurityAgent: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod securityagent;
/// AWS SecurityHub: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod securityhub;
/// AWS Security IR: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod securityir;
/// AWS SecurityLake: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod securitylake;
/// AWS ServerlessApplicationRepository: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod serverlessapplicationrepository;
/// AWS Service Catalog: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod servicecatalog;
/// AWS Service Catalog AppRegistry: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod servicecatalogappregistry;
/// AWS ServiceDiscovery: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod servicediscovery;
/// AWS Service Quotas: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod servicequotas;
/// AWS SES: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod ses;
/// AWS SESv2: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod sesv2;
/// AWS SFN: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod sfn;
/// AWS Shield: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod shield;
/// AWS signer: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod signer;
/// AWS Signer Data: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod signerdata;
/// AWS Signin: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod signin;
/// AWS SimpleDB: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod simpledb;
/// AWS SimpleDBv2: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod simpledbv2;
/// AWS SimSpaceWeaver: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod simspaceweaver;
/// AWS SMS: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod sms;
/// AWS Snowball: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod snowball;
/// AWS Snow Device Management: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod snowdevicemanagement;
/// AWS SNS: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod sns;
/// AWS SocialMessaging: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod socialmessaging;
/// AWS SQS: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod sqs;
/// AWS SSM: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod ssm;
/// AWS SSM Contacts: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod ssmcontacts;
/// AWS SSM GuiConnect: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod ssmguiconnect;
/// AWS SSM Incidents: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod ssmincidents;
/// AWS SSM QuickSetup: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod ssmquicksetup;
/// AWS Ssm Sap: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod ssmsap;
/// AWS SSO: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod sso;
/// AWS SSO Admin: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod ssoadmin;
/// AWS SSO OIDC: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod ssooidc;
/// AWS Storage Gateway: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod storagegateway;
/// AWS STS: error codes.
#[cfg(feature = "aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_query")))]
#[rustfmt::skip]
pub mod sts;
/// AWS SupplyChain: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod supplychain;
/// AWS Support: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod support;
/// AWS Support App: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod supportapp;
/// AWS SupportAuthZ: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod supportauthz;
/// AWS Sustainability: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod sustainability;
/// AWS SWF: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod swf;
/// AWS synthetics: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod synthetics;
/// AWS TaxSettings: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod taxsettings;
/// AWS Textract: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod textract;
/// AWS Timestream InfluxDB: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod timestreaminfluxdb;
/// AWS Timestream Query: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod timestreamquery;
/// AWS Timestream Write: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod timestreamwrite;
/// AWS tnb: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod tnb;
/// AWS Transcribe: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod transcribe;
/// AWS Transcribe Streaming: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod transcribestreaming;
/// AWS Transfer: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod transfer;
/// AWS Translate: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod translate;
/// AWS TrustedAdvisor: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod trustedadvisor;
/// AWS uxc: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod uxc;
/// AWS VerifiedPermissions: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod verifiedpermissions;
/// AWS Voice ID: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod voiceid;
/// AWS VPC Lattice: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod vpclattice;
/// AWS WAF: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod waf;
/// AWS WAF Regional: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod wafregional;
/// AWS WAFV2: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod wafv2;
/// AWS WellArchitected: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod wellarchitected;
/// AWS Wickr: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod wickr;
/// AWS Wisdom: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod wisdom;
/// AWS WorkDocs: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod workdocs;
/// AWS WorkMail: error codes.
#[cfg(feature = "aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_json")))]
#[rustfmt::skip]
pub mod workmail;
/// AWS WorkMailMessageFlow: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod workmailmessageflow;
/// AWS WorkSpaces: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod workspaces;
/// AWS Workspaces Instances: error codes.
#[cfg(feature = "aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_cbor")))]
#[rustfmt::skip]
pub mod workspacesinstances;
/// AWS WorkSpaces Thin Client: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod workspacesthinclient;
/// AWS WorkSpaces Web: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod workspacesweb;
/// AWS XRay: error codes.
#[cfg(feature = "aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws_rest_json")))]
#[rustfmt::skip]
pub mod xray;
