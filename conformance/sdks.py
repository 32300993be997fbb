"""The conformance suite's SDK side: runs ONE provider's official Python SDK (installed in that
provider's own virtual environment by conformance/run) against the fake provider, and writes
what the SDK read.

    python sdks.py PROVIDER PLAN.json OUT.json

For every written response of the provider's envelope: the status, code, message and request id
the SDK's own error parsing gives (or the exception it fails with). For every scripted sequence:
the outcome of the SDK's real client with its default (or documented) retry configuration, and
the waits it asked for. Waits are recorded, not slept: the harness replaces the `time` module
seen by the SDK's retry module (our code, in this file; the SDK's code is untouched), and seeds
`random` per sequence so that jittered waits are the same on every run.

Nothing here copies SDK code; every SDK function relied on is named where it is called.
"""

import json
import random
import sys
import types


class RecordedTime(types.SimpleNamespace):
    """A stand-in for the `time` module of one SDK module: `sleep` records instead of sleeping."""

    def __init__(self, real):
        super().__init__()
        self._real = real
        self.sleeps = []

    def sleep(self, seconds):
        self.sleeps.append(float(seconds))

    def __getattr__(self, name):
        return getattr(self._real, name)


def entries(plan, kind, provider):
    """The plan's responses or sequences of one provider."""
    return (entry for entry in plan[kind] if entry["provider"] == provider)


def start_sequence(recorder, entry):
    """Clears the recorded waits, and seeds `random` by the sequence's name: its jittered waits
    are the same on every run, whatever else the plan holds."""
    recorder.sleeps.clear()
    random.seed(f"{entry['envelope']}/{entry['name']}")


def record_sleeps(module):
    recorder = RecordedTime(module.time)
    module.time = recorder
    return recorder


def failure(exc):
    return {"crash": type(exc).__name__ + ": " + str(exc)[:200]}


def attempt(call, errors, read):
    """Runs `call`: None when it succeeds, else what the SDK read of the error it raised
    (`read(exc)` for the SDK's own error types, `errors`), or how it failed."""
    try:
        call()
        return None
    except errors as exc:
        return read(exc)
    except Exception as exc:  # noqa: BLE001 - any other failure is a finding
        return failure(exc)


def read_error(call, errors, read):
    """What the SDK read of a written response: the error `call` raises (see `attempt`)."""
    return attempt(call, errors, read) or {"crash": "no error raised"}


def run_sequence(call, errors, read, recorder):
    """What the SDK's retrying client did with a sequence: ok, or the error it ended with (its
    status and code, as `read` gives them) or how it failed; and the waits `recorder` saw."""
    error = attempt(call, errors, read)
    if error is None:
        result = {"outcome": "ok"}
    elif "crash" in error:
        result = {"outcome": "error", **error}
    else:
        result = {"outcome": "error", "status": error["status"], "code": error["code"]}
    result["waits"] = list(recorder.sleeps)
    return result


# --- OCI: the `oci` package, IdentityClient --------------------------------------------------

def oci_client(base):
    import oci

    class NoSigner(oci.auth.signers.KeyPairSigner):
        """Requests' auth hook the SDK calls; the fake provider checks no signature. A
        KeyPairSigner, which config.py validate_config accepts without a key file."""

        def __init__(self):  # no key pair to load
            pass

        def __call__(self, request):
            return request

        @property
        def without_content_headers(self):
            return self

    config = {"region": "us-ashburn-1", "tenancy": "ocid1.tenancy.oc1..conformance"}
    return oci.identity.IdentityClient(config, signer=NoSigner(), service_endpoint=base + "/20160918")


def oci_run(plan, out):
    import oci
    import oci.retry.retry as retry_module

    def read(exc):
        # oci/exceptions.py ServiceError, raised by oci/base_client.py BaseClient.raise_service_error
        return {"status": exc.status, "code": exc.code, "message": exc.message,
                "request_id": exc.request_id}

    client = oci_client(plan["base"])
    none = oci.retry.NoneRetryStrategy()
    for entry in entries(plan, "responses", "oci"):
        compartment = entry["path"].rsplit("/", 1)[1]
        out["responses"][str(entry["id"])] = read_error(
            lambda: client.get_compartment(compartment, retry_strategy=none),
            oci.exceptions.ServiceError, read)

    recorder = record_sleeps(retry_module)
    for entry in entries(plan, "sequences", "oci"):
        start_sequence(recorder, entry)
        compartment = entry["path"].split("/")[3]
        # oci.retry.DEFAULT_RETRY_STRATEGY, what every operation uses when none is given
        # (identity_client.py get_compartment & co.: `retry_strategy = retry.DEFAULT_RETRY_STRATEGY`).
        def call():
            if entry["method"] == "GET":
                client.get_compartment(compartment)
            elif entry["token"]:
                details = oci.identity.models.MoveCompartmentDetails(target_compartment_id="t")
                client.move_compartment(compartment, details, opc_retry_token="conformance-token")
            else:
                client.recover_compartment(compartment)
        out["sequences"][str(entry["id"])] = run_sequence(
            call, oci.exceptions.ServiceError, read, recorder)


# --- IBM Cloud: ibm-cloud-sdk-core, BaseService ----------------------------------------------

def ibm_service(base, retries):
    from ibm_cloud_sdk_core import BaseService
    from ibm_cloud_sdk_core.authenticators import NoAuthAuthenticator

    service = BaseService(service_url=base, authenticator=NoAuthAuthenticator())
    if retries:
        # base_service.py BaseService.enable_retries: the documented way to turn retries on,
        # with its defaults (max_retries=4, retry_interval=30.0).
        service.enable_retries()
    return service


def ibm_run(plan, out):
    from ibm_cloud_sdk_core import ApiException
    import urllib3.util.retry as retry_module

    def read(exc):
        # api_exception.py ApiException.__init__ (message from _get_error_message,
        # global_transaction_id from the X-Global-Transaction-ID header); the Python core keeps
        # no error code.
        return {"status": exc.status_code, "code": None, "message": exc.message,
                "request_id": exc.global_transaction_id}

    service = ibm_service(plan["base"], retries=False)
    for entry in entries(plan, "responses", "ibm"):
        request = service.prepare_request(method="GET", url=entry["path"])
        out["responses"][str(entry["id"])] = read_error(
            lambda: service.send(request), ApiException, read)

    recorder = record_sleeps(retry_module)
    service = ibm_service(plan["base"], retries=True)
    for entry in entries(plan, "sequences", "ibm"):
        start_sequence(recorder, entry)
        request = service.prepare_request(method=entry["method"], url=entry["path"])
        out["sequences"][str(entry["id"])] = run_sequence(
            lambda: service.send(request), ApiException, read, recorder)


# --- Alibaba Cloud KMS: alibabacloud-dkms-gcs, openapi.client.Client.do_request ---------------

def alibaba_client(base):
    from openapi import models as openapi_models
    from openapi.client import Client

    class Credential:
        """The credential object `Config.credential` takes; the fake provider checks no signature."""

        def get_access_key_id(self):
            return "conformance"

        def get_signature(self, string_to_sign):
            return "conformance"

    host = base.split("://", 1)[1]
    config = openapi_models.Config(endpoint=host, protocol="http", credential=Credential())
    return Client(config)


def alibaba_call(client, action):
    from openapi_util import models as util_models

    # openapi/client.py Client.do_request, which every operation of sdk/client.py calls with its
    # own api name; RuntimeOptions() leaves its retry defaults (autoretry, max_attempts 3).
    return client.do_request(action, "dkms-gcs-0.2", "http", "POST", "RSA_PKCS1_SHA_256", b"",
                             util_models.RuntimeOptions(), {})


def alibaba_run(plan, out):
    from Tea.exceptions import TeaException, UnretryableException
    import Tea.core as retry_module

    def read(exc):
        # openapi/client.py Client.do_request raises TeaException from openapi_util/client.py
        # Client.get_err_message (the protobuf Error); once retries are spent, Tea/core.py's
        # UnretryableException around it.
        if isinstance(exc, UnretryableException):
            exc = exc.inner_exception
        data = getattr(exc, "data", None) or {}
        return {"status": data.get("httpCode"), "code": getattr(exc, "code", None),
                "message": getattr(exc, "message", None), "request_id": data.get("requestId")}

    client = alibaba_client(plan["base"])
    for entry in entries(plan, "responses", "alibaba"):
        out["responses"][str(entry["id"])] = read_error(
            lambda: alibaba_call(client, entry["action"]), TeaException, read)

    recorder = record_sleeps(retry_module)
    for entry in entries(plan, "sequences", "alibaba"):
        start_sequence(recorder, entry)
        out["sequences"][str(entry["id"])] = run_sequence(
            lambda: alibaba_call(client, entry["action"]), (TeaException, UnretryableException),
            read, recorder)


# --- Tencent Cloud: tencentcloud-sdk-python-common, CommonClient.call_json --------------------

def tencent_client(base, retryer):
    from tencentcloud.common import credential
    from tencentcloud.common.common_client import CommonClient
    from tencentcloud.common.profile.client_profile import ClientProfile
    from tencentcloud.common.profile.http_profile import HttpProfile

    http = HttpProfile(protocol="http", endpoint=base.split("://", 1)[1])
    profile = ClientProfile(httpProfile=http)
    profile.retryer = retryer
    cred = credential.Credential("conformance-id", "conformance-key")
    return CommonClient("cvm", "2017-03-12", cred, "ap-guangzhou", profile=profile)


def tencent_run(plan, out):
    from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
    import tencentcloud.common.retry as retry_module

    def read(exc):
        # abstract_client.py AbstractClient._check_error; the exception keeps no status, and
        # Tencent answers its errors with HTTP 200: the status is the response's.
        return {"status": entry["response"]["status"] if "response" in entry else None,
                "code": exc.get_code(), "message": exc.get_message(),
                "request_id": exc.get_request_id()}

    client = tencent_client(plan["base"], None)  # the default: NoopRetryer
    for entry in entries(plan, "responses", "tencent"):
        out["responses"][str(entry["id"])] = read_error(
            lambda: client.call_json(entry["action"], {}), TencentCloudSDKException, read)

    recorder = record_sleeps(retry_module)
    # retry.py StandardRetryer, the SDK's documented retryer, with our policy's 4 attempts.
    client = tencent_client(plan["base"], retry_module.StandardRetryer(max_attempts=4))
    for entry in entries(plan, "sequences", "tencent"):
        start_sequence(recorder, entry)
        params = {"ClientToken": "conformance-token"} if entry["token"] else {}
        out["sequences"][str(entry["id"])] = run_sequence(
            lambda: client.call_json(entry["action"], params), TencentCloudSDKException, read,
            recorder)


# --- Amazon Web Services: botocore, a client's operation ------------------------------------

# The service and operation each protocol's responses are read through (an operation that needs
# no parameters).
AWS_PARSE = {
    "aws_json": ("dynamodb", "describe_limits", {}),
    "aws_rest_xml": ("s3", "get_object", {"Bucket": "b", "Key": "k"}),
    "aws_rest_json": ("lambda", "get_function", {"FunctionName": "f"}),
    "aws_query": ("sts", "get_caller_identity", {}),
    "aws_ec2": ("ec2", "describe_regions", {}),
}


# Catalogs read through their own service's client instead: CloudWatch, written in JSON because
# botocore asks it in JSON (utils.py PRIORITY_ORDERED_SUPPORTED_PROTOCOLS) although its catalog
# reads rpcv2Cbor first; PartnerCentral Revenue Measurement, which speaks rpcv2Cbor alone.
AWS_PARSE_CATALOG = {
    "aws/cloudwatch": ("cloudwatch", "list_dashboards", {}),
    "aws/partnercentralrevenuemeasurement": ("partnercentral-revenue-measurement",
                                             "list_marketplace_revenue_shares", {"Catalog": "AWS"}),
}


def aws_client(session, service, endpoint, retries):
    from botocore.config import Config

    # session.py Session.create_client; the fake provider checks no signature. S3 path-style:
    # the bucket in the path, under the endpoint's.
    return session.create_client(service, region_name="us-east-1", endpoint_url=endpoint,
                                 aws_access_key_id="conformance", aws_secret_access_key="conformance",
                                 config=Config(retries=retries, s3={"addressing_style": "path"}))


def aws_error(exc):
    # client.py BaseClient._make_api_call raises ClientError with the parsed response
    # (parsers.py, the protocol's parser `_do_error_parse`).
    error = exc.response.get("Error", {})
    metadata = exc.response.get("ResponseMetadata", {})
    return {"status": metadata.get("HTTPStatusCode"), "code": error.get("Code"),
            "message": error.get("Message"), "request_id": metadata.get("RequestId")}


def aws_run(plan, out):
    import botocore.endpoint as retry_module
    import botocore.session
    from botocore.exceptions import ClientError

    session = botocore.session.get_session()
    # One attempt: the response as the client reads it, no retry.
    once = {"mode": "standard", "total_max_attempts": 1}
    for entry in entries(plan, "responses", "aws"):
        service, operation, params = (AWS_PARSE_CATALOG.get(entry["catalog"])
                                      or AWS_PARSE[entry["envelope"]])
        endpoint = plan["base"] + "/" + entry["path"].split("/")[1]
        client = aws_client(session, service, endpoint, once)
        out["responses"][str(entry["id"])] = read_error(
            lambda: getattr(client, operation)(**params), ClientError, aws_error)

    # endpoint.py Endpoint._needs_retry sleeps what retries/standard.py RetryHandler.needs_retry
    # returns.
    recorder = record_sleeps(retry_module)
    for entry in entries(plan, "sequences", "aws"):
        start_sequence(recorder, entry)
        endpoint = plan["base"] + "/" + entry["path"].split("/")[1]
        # The standard retry mode with its defaults; a client per sequence, each with a full
        # retry quota (retries/quota.py RetryQuota), as `decide` has no quota.
        standard = {"mode": "standard"}

        def call():
            if entry["catalog"] == "aws/s3":
                aws_client(session, "s3", endpoint, standard).get_object(Bucket="b", Key="k")
            elif entry["catalog"] != "aws/dynamodb":
                # KMS (awsJson1_1), a service the standard mode treats like most: no per-service
                # attempts or backoff (retries/standard.py `_SERVICE_MAX_ATTEMPTS`,
                # `ExponentialBackoff._SERVICE_BACKOFF_CONFIG`).
                aws_client(session, "kms", endpoint, standard).list_keys()
            elif entry["token"]:
                # An operation whose model marks an idempotency token (ClientRequestToken).
                aws_client(session, "dynamodb", endpoint, standard).transact_write_items(
                    TransactItems=[{"ConditionCheck": {
                        "TableName": "conformance", "Key": {"k": {"S": "v"}},
                        "ConditionExpression": "attribute_exists(k)"}}],
                    ClientRequestToken="conformance-token")
            else:
                aws_client(session, "dynamodb", endpoint, standard).describe_limits()
        result = run_sequence(call, ClientError, aws_error, recorder)
        # retries/standard.py ExponentialBackoff.delay_amount draws once per wait from the
        # module-level `random` (seeded by start_sequence): replaying the draws gives each wait
        # before its jitter.
        draws = random.Random(f"{entry['envelope']}/{entry['name']}")
        result["unjittered"] = [wait / max(draws.random(), 1e-9) for wait in result["waits"]]
        out["sequences"][str(entry["id"])] = result


# --- Azure Storage: azure-storage-blob over azure-core, BlobClient ------------------------------

def azure_blob(base, path):
    from azure.storage.blob import BlobClient

    # An address whose host is an IP is path-style (as Azurite's): the account is the first
    # segment of the path, then the container and the blob (_shared/base_client.py).
    return BlobClient.from_blob_url(base + path)


def azure_error(exc):
    # _shared/response_handlers.py process_storage_error: the code from the body (else the
    # `x-ms-error-code` header). The message is what the SDK read from the body, before its own
    # formatting: a JSON body's, as azure-core parsed it (exceptions.py HttpResponseError
    # `error`, an ODataV4Format, whose str() becomes the exception's message); else the
    # `Message` that process_storage_error puts before the "\nErrorCode:…" it appends.
    code = getattr(exc, "error_code", None)
    if getattr(exc, "error", None) is not None:
        message = exc.error.message
    else:
        message = exc.message.split("\nErrorCode:", 1)[0] if exc.message else None
    return {"status": exc.status_code, "code": getattr(code, "value", code), "message": message,
            "request_id": exc.response.headers.get("x-ms-request-id")}


class SeededRandom(types.SimpleNamespace):
    """A stand-in for the `random` module of the Storage retry policies, whose `Random()`s are
    seeded by the sequence, one seed per wait: _shared/policies.py
    ExponentialRetry.get_backoff_time draws from a fresh `random.Random()` for every wait."""

    def __init__(self, real):
        super().__init__()
        self._real = real
        self.seed = None
        self.made = 0

    def Random(self):  # noqa: N802 - the name the SDK calls
        self.made += 1
        return self._real.Random(f"{self.seed}/{self.made}")


def azure_run(plan, out):
    import logging

    import azure.core.pipeline.transport._base as transport_module
    import azure.storage.blob._shared.policies as policies_module
    from azure.core.exceptions import HttpResponseError

    # process_storage_error logs a warning for every body that is neither XML nor JSON (the
    # gateway pages); the suite reads what it raises, not its log.
    logging.getLogger("azure").setLevel(logging.ERROR)

    for entry in entries(plan, "responses", "azure"):
        # One attempt: the response as the client reads it.
        blob = azure_blob(plan["base"], entry["path"])
        out["responses"][str(entry["id"])] = read_error(
            lambda: blob.download_blob(retry_total=0).readall(), HttpResponseError, azure_error)

    # azure-core's transport sleeps (pipeline/transport/_base.py HttpTransport.sleep) what the
    # Storage policy asks (StorageRetryPolicy.sleep); its jitter draws are seeded per sequence.
    recorder = record_sleeps(transport_module)
    seeded = SeededRandom(policies_module.random)
    policies_module.random = seeded
    for entry in entries(plan, "sequences", "azure"):
        start_sequence(recorder, entry)
        seeded.seed, seeded.made = f"{entry['envelope']}/{entry['name']}", 0
        # The Storage clients' default retry policy: _shared/policies.py ExponentialRetry().
        blob = azure_blob(plan["base"], entry["path"])
        out["sequences"][str(entry["id"])] = run_sequence(
            lambda: blob.download_blob().readall(), HttpResponseError, azure_error, recorder)


# --- Alibaba Cloud OpenAPI: alibabacloud-tea-openapi, Client.do_rpcrequest -----------------------

def alibaba_openapi_client(base):
    from alibabacloud_tea_openapi.client import Client
    from alibabacloud_tea_openapi.utils_models import Config

    # No RetryOptions: what a product's client has unless its caller sets them.
    return Client(Config(access_key_id="conformance", access_key_secret="conformance",
                         endpoint=base.split("://", 1)[1], protocol="http"))


def alibaba_openapi_call(client, action):
    from alibabacloud_tea_openapi.utils_models import OpenApiRequest
    from darabonba.runtime import RuntimeOptions

    # client.py Client.do_rpcrequest, which every product's RPC operation calls: a POST to `/`,
    # the action in `x-acs-action` (the route), the body read as JSON for a 4xx/5xx.
    client.do_rpcrequest(action, "2014-05-26", "HTTP", "POST", "AK", "json", OpenApiRequest(),
                         RuntimeOptions())


def alibaba_openapi_error(exc):
    # client.py Client.do_rpcrequest raises ClientException, ServerException or ThrottlingException
    # (exceptions/_alibaba_cloud.py AlibabaCloudException) with the body's code and request id, and
    # the message f"code: {status}, {Message} request id: {RequestId}"; an absent value is
    # rendered "None" by the f-strings.
    def given(value):
        return None if value in (None, "None") else value

    message = exc.message or ""
    prefix, suffix = f"code: {exc.status_code}, ", f" request id: {exc.request_id}"
    if message.startswith(prefix) and message.endswith(suffix):
        message = message[len(prefix):len(message) - len(suffix)]
    return {"status": exc.status_code, "code": given(exc.code), "message": given(message),
            "request_id": given(exc.request_id)}


def alibaba_openapi_run(plan, out):
    import darabonba.core as retry_module
    from alibabacloud_tea_openapi.exceptions import AlibabaCloudException

    client = alibaba_openapi_client(plan["base"])
    for entry in entries(plan, "responses", "alibaba_openapi"):
        out["responses"][str(entry["id"])] = read_error(
            lambda: alibaba_openapi_call(client, entry["action"]), AlibabaCloudException,
            alibaba_openapi_error)

    # darabonba/core.py DaraCore.sleep, what do_rpcrequest's loop sleeps between attempts.
    recorder = record_sleeps(retry_module)
    for entry in entries(plan, "sequences", "alibaba_openapi"):
        start_sequence(recorder, entry)
        sequence_client = alibaba_openapi_client(plan["base"])
        out["sequences"][str(entry["id"])] = run_sequence(
            lambda: alibaba_openapi_call(sequence_client, entry["action"]), AlibabaCloudException,
            alibaba_openapi_error, recorder)


RUNNERS = {"oci": oci_run, "ibm": ibm_run, "alibaba": alibaba_run, "tencent": tencent_run,
           "aws": aws_run, "azure": azure_run, "alibaba_openapi": alibaba_openapi_run}


def main():
    provider, plan_path, out_path = sys.argv[1:4]
    with open(plan_path) as file:
        plan = json.load(file)
    out = {"responses": {}, "sequences": {}}
    RUNNERS[provider](plan, out)
    with open(out_path, "w") as file:
        json.dump(out, file)


if __name__ == "__main__":
    main()
