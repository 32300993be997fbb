"""The conformance suite's driver (standard library only; see conformance/README.md).

    python3 check.py FAKE_PROVIDER_BINARY PROVIDER=PROGRAM [PROVIDER=PROGRAM ...]

Starts the Rust fake provider, runs each provider's SDK side (PROGRAM: a Python of the provider's
virtual environment, which runs sdks.py; or a runner of its own, such as Google's Rust one, run
as `PROGRAM PLAN OUT`), and compares what each SDK read and did with what we wrote and what
`decide` says. Every disagreement must be declared in the table of catalogs/README.md, "Retry
policy", "Where the SDKs and we differ", with the SDK's observed behaviour as its expectation:
an undeclared disagreement, a declared one that no longer happens, and one that happens
differently from its declaration all fail the suite, naming the SDK function concerned.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
README = os.path.join(HERE, "..", "catalogs", "README.md")
TABLE_START = "<!-- conformance declarations: begin -->"
TABLE_END = "<!-- conformance declarations: end -->"

# What decides, in each SDK, for the messages of failures (files of the installed packages).
SDK_FUNCTIONS = {
    ("oci", "parse"): "oci/base_client.py BaseClient.request -> raise_service_error",
    ("oci", "retry"): "oci/retry/retry_checkers.py TimeoutConnectionAndServiceErrorRetryChecker.should_retry (oci.retry.DEFAULT_RETRY_STRATEGY)",
    ("oci", "waits"): "oci/retry/retry.py ExponentialBackoffWithFullJitterEqualForThrottlesRetryStrategy.do_sleep",
    ("ibm", "parse"): "ibm_cloud_sdk_core/api_exception.py ApiException.__init__",
    ("ibm", "retry"): "ibm_cloud_sdk_core/base_service.py BaseService.enable_retries (urllib3 Retry.is_retry)",
    ("ibm", "waits"): "urllib3/util/retry.py Retry.sleep (get_backoff_time, sleep_for_retry)",
    ("alibaba", "parse"): "openapi/client.py Client.do_request, openapi_util/client.py Client.get_err_message",
    ("alibaba", "retry"): "openapi/client.py Client.do_request, openapi_util/client.py Client.is_retry_err, Tea/core.py TeaCore.allow_retry",
    ("alibaba", "waits"): "Tea/core.py TeaCore.get_backoff_time",
    ("tencent", "parse"): "tencentcloud/common/abstract_client.py AbstractClient._check_error",
    ("tencent", "retry"): "tencentcloud/common/retry.py StandardRetryer.send_request, should_retry",
    ("tencent", "waits"): "tencentcloud/common/retry.py StandardRetryer.send_request, backoff",
    ("aws", "parse"): "botocore/parsers.py the protocol's parser _do_error_parse (client.py BaseClient._make_api_call)",
    ("aws", "retry"): "botocore/retries/standard.py StandardRetryConditions.is_retryable, register_retry_handler",
    ("aws", "waits"): "botocore/retries/standard.py ExponentialBackoff.delay_amount (endpoint.py Endpoint._needs_retry sleeps)",
    ("alibaba_openapi", "parse"): "alibabacloud_tea_openapi/client.py Client.do_rpcrequest (ClientException, ServerException, ThrottlingException)",
    ("alibaba_openapi", "retry"): "alibabacloud_tea_openapi/client.py Client.do_rpcrequest, darabonba/core.py DaraCore.should_retry (no RetryOptions)",
    ("alibaba_openapi", "waits"): "darabonba/core.py DaraCore.get_backoff_time",
    ("azure", "parse"): "azure/storage/blob/_shared/response_handlers.py process_storage_error",
    ("azure", "retry"): "azure/storage/blob/_shared/policies.py is_retry, StorageRetryPolicy.send (ExponentialRetry)",
    ("azure", "waits"): "azure/storage/blob/_shared/policies.py ExponentialRetry.get_backoff_time",
    ("google", "parse"): "google-cloud-gax-internal src/http.rs to_http_error (gax src/error/rpc.rs TryFrom<&bytes::Bytes> for Status)",
    ("google", "retry"): "google-cloud-gax src/retry_policy.rs Aip194Strict::on_error, src/retry_loop_internal.rs retry_loop",
    ("google", "waits"): "google-cloud-gax src/exponential_backoff.rs ExponentialBackoff::on_failure",
}


def declarations():
    """The declared disagreements: key -> expectation, from the one table in catalogs/README.md."""
    with open(README, encoding="utf-8") as file:
        text = file.read()
    if TABLE_START not in text or TABLE_END not in text:
        sys.exit(f"{README}: the table between `{TABLE_START}` and `{TABLE_END}` is missing")
    table = text.split(TABLE_START, 1)[1].split(TABLE_END, 1)[0]
    declared = {}
    for number, line in enumerate(table.splitlines()):
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 4 or not cells[0].startswith("`"):
            continue
        key = cells[0].strip("`")
        expectation = cells[3].strip("`")
        if key in declared:
            sys.exit(f"{README}: the disagreement `{key}` is declared twice")
        if not cells[1] or not cells[2]:
            sys.exit(f"{README}: `{key}` needs the SDK file and function, and the reason")
        declared[key] = expectation
    return declared


def normal(provider, field, value):
    # Alibaba KMS's protobuf body has no absent string, and Tencent's always has `Message` and
    # `RequestId`: there empty is none (see ProviderError::with_message). botocore's parsers give
    # an empty `Message` for a body without one.
    if provider in ("alibaba", "tencent", "aws") and field in ("message", "request_id") and value == "":
        return None
    return value


def wait_text(waits):
    return ",".join(f"{wait:g}" for wait in (round(wait, 2) for wait in waits)) or "none"


def compare(plan, outputs, received):
    """Every disagreement: key -> (observed summary, what area of the SDK decides, examples)."""
    found = {}

    def note(key, provider, area, observed, example):
        entry = found.setdefault(key, {"observed": set(), "function": SDK_FUNCTIONS[(provider, area)], "examples": []})
        entry["observed"].add(observed)
        if len(entry["examples"]) < 3:
            entry["examples"].append(example)

    for entry in plan["responses"]:
        envelope = entry["provider"]
        if envelope not in outputs:
            continue
        read = outputs[envelope]["responses"].get(str(entry["id"]))
        label = f"{entry['catalog']} {entry['expect']['code']} ({entry['kind']})"
        if read is None or "crash" in read:
            crash = read["crash"] if read else "not run"
            note(f"{envelope}/parse/{entry['kind']}", envelope, "parse", "crash:" + crash.split(":")[0],
                 f"{label}: {crash}")
            continue
        for field in ("status", "code", "message", "request_id"):
            ours = normal(envelope, field, entry["expect"][field])
            theirs = normal(envelope, field, read[field])
            if ours != theirs:
                observed = "none" if theirs is None else "other"
                note(f"{envelope}/parse/{field}", envelope, "parse", observed,
                     f"{label}: ours {ours!r}, the SDK's {theirs!r}")

    for entry in plan["sequences"]:
        envelope = entry["provider"]
        if envelope not in outputs:
            continue
        ours = entry["ours"]
        did = outputs[envelope]["sequences"].get(str(entry["id"]), {"outcome": "not run", "waits": []})
        route = f"POST / {entry['action']}" if "action" in entry else f"{entry['method']} {entry['path']}"
        attempts = received.get(route, 0)
        key = f"{envelope}/{entry['name']}"
        if (attempts, did["outcome"]) != (ours["attempts"], ours["outcome"]):
            note(key, envelope, "retry", f"attempts={attempts} outcome={did['outcome']}",
                 f"ours: attempts={ours['attempts']} outcome={ours['outcome']} "
                 f"({ours.get('stop') or 'success'})")
        elif ours["outcome"] == "ok" or did["outcome"] == ours["outcome"]:
            waits = did["waits"]
            inside = len(waits) == len(ours["waits"]) and all(
                low - 0.001 <= wait <= high + 0.001 for wait, (low, high) in zip(waits, ours["waits"]))
            ranges = ",".join(f"{low:g}..{high:.2f}" for low, high in ours["waits"]) or "none"
            if not inside:
                # Before jitter where the harness knows it: the same on every run, even where
                # the SDK's draws cannot be seeded (gax).
                observed = ("unjittered=" + wait_text(did["unjittered"]) if "unjittered" in did
                            else "waits=" + wait_text(waits))
                note(key + "/waits", envelope, "waits", observed, f"ours: waits={ranges}")
            elif "unjittered" in did:
                # Full jitter puts any short wait inside our range: where the harness knows the
                # SDK's random draws, the wait before jitter must be our range's top. A wait with
                # no range (the server's) was not jittered: the check above has it.
                full = did["unjittered"]
                if any(abs(wait - high) > 0.01 * high + 0.001
                       for wait, (low, high) in zip(full, ours["waits"]) if low < high):
                    note(key + "/waits", envelope, "waits",
                         "unjittered=" + ",".join(f"{round(wait, 3):g}" for wait in full),
                         f"ours: waits={ranges}")
    return found


def main():
    binary = sys.argv[1]
    programs = dict(argument.split("=", 1) for argument in sys.argv[2:])
    declared = declarations()
    server = subprocess.Popen([binary], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        plan = json.loads(server.stdout.readline())
        outputs = {}
        with tempfile.TemporaryDirectory() as scratch:
            plan_path = os.path.join(scratch, "plan.json")
            with open(plan_path, "w") as file:
                json.dump(plan, file)
            for provider, program in programs.items():
                out_path = os.path.join(scratch, provider + ".json")
                if os.path.basename(program).startswith("python"):
                    command = [program, os.path.join(HERE, "sdks.py"), provider, plan_path, out_path]
                else:
                    command = [program, plan_path, out_path]
                subprocess.run(command, check=True, timeout=600)
                with open(out_path) as file:
                    outputs[provider] = json.load(file)
        server.stdin.close()
        received = json.loads(server.stdout.readline())["received"]
    finally:
        if not server.stdin.closed:
            server.stdin.close()
        server.wait(timeout=30)

    found = compare(plan, outputs, received)
    failures = []
    declared_seen = 0
    checked_responses = sum(1 for entry in plan["responses"] if entry["provider"] in outputs)
    for key, entry in sorted(found.items()):
        observed = ",".join(sorted(entry["observed"]))
        if key not in declared:
            failures.append(f"UNDECLARED {key}: the SDK's {observed} [{entry['function']}]\n"
                            + "".join(f"    {example}\n" for example in entry["examples"]))
        elif declared[key] != observed:
            failures.append(f"CHANGED {key}: declared `{declared[key]}`, observed `{observed}` "
                            f"[{entry['function']}]\n"
                            + "".join(f"    {example}\n" for example in entry["examples"]))
        else:
            declared_seen += 1
            print(f"declared  {key}: {observed}")
    for key in sorted(set(declared) - set(found)):
        if key.split("/")[0] in outputs:
            function = SDK_FUNCTIONS.get((key.split("/")[0], "retry"), "?")
            failures.append(f"STALE {key}: declared `{declared[key]}`, but the SDK now agrees with us "
                            f"(remove the row) [{function}]\n")
    print(f"{checked_responses} written responses and "
          f"{sum(1 for entry in plan['sequences'] if entry['provider'] in outputs)} sequences "
          f"through {', '.join(outputs)}: {len(found)} disagreements, {declared_seen} as declared")
    if failures:
        print("\nconformance FAILED (declare in catalogs/README.md, \"Retry policy\", or fix):",
              file=sys.stderr)
        for failure in failures:
            print(failure, file=sys.stderr, end="")
        sys.exit(1)
    print("conformance: ok")


if __name__ == "__main__":
    main()
