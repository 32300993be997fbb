#!/usr/bin/env bash
# What a user's build pays: the cold build (fresh target dir, dev profile, offline) of a small
# binary depending on `cloud-errors` with one catalog (`default-features = false`, `oci`), and
# with its default features, and on `cloud-errors-tencent` with one product (`cvm`), each against
# the same binary depending on serde (derive) +
# serde_json + http + httpdate alone. The sides are built interleaved, REPEAT times each, and
# each run's ratio to the baseline of the same round is printed.
#
# usage: [REPEAT=3] [JOBS=2] scripts/downstream-build.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
repeat="${REPEAT:-3}"
jobs="${JOBS:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# make_crate NAME DEPENDENCIES MAIN
make_crate() {
    mkdir -p "$work/$1/src"
    cat >"$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
$2
TOML
    printf '%s\n' "$3" >"$work/$1/src/main.rs"
    # The workspace's lock file: the same versions as the workspace, all in the local cache.
    cp "$root/Cargo.lock" "$work/$1/Cargo.lock"
}

make_crate baseline '
serde = { version = "1", features = ["derive"] }
serde_json = "1"
http = "1"
httpdate = "1"' '
#[derive(serde::Deserialize)]
struct Body { code: String, message: String }
fn main() {
    let body: Body = serde_json::from_slice(br#"{"code": "NotFound", "message": "m"}"#).unwrap();
    let status = http::StatusCode::from_u16(404).unwrap();
    let date = httpdate::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
    println!("{} {} {status} {date:?}", body.code, body.message);
}'

make_crate one_catalog "
cloud-errors = { path = \"$root/generated/cloud-errors\", default-features = false, features = [\"oci\"] }" '
fn main() {
    let error = cloud_errors::oci::Error::from_parts(404, &Default::default(), br#"{"code": "NotFound"}"#);
    println!("{error} {:?}", error.retry());
}'

make_crate default_features "
cloud-errors = { path = \"$root/generated/cloud-errors\" }" '
fn main() {
    let error = cloud_errors::oci::Error::from_parts(404, &Default::default(), br#"{"code": "NotFound"}"#);
    println!("{error} {:?}", error.retry());
}'

make_crate tencent_product "
cloud-errors = { path = \"$root/generated/cloud-errors\", default-features = false }
cloud-errors-tencent = { path = \"$root/generated/cloud-errors-tencent\", features = [\"cvm\"] }" '
fn main() {
    let body = br#"{"Response":{"Error":{"Code":"FailedOperation.AccountAlreadyExists","Message":"m"},"RequestId":"r"}}"#;
    let error = cloud_errors_tencent::cvm::Error::from_body(body).unwrap();
    println!("{error} {:?}", error.retry());
}'

# build NAME: prints the wall seconds of a cold build.
build() {
    local target="$work/target-$1"
    rm -rf "$target"
    local start end
    start=$(date +%s.%N)
    CARGO_TARGET_DIR="$target" cargo build --quiet --offline --jobs "$jobs" \
        --manifest-path "$work/$1/Cargo.toml"
    end=$(date +%s.%N)
    rm -rf "$target"
    echo "$end - $start" | bc
}

echo "round baseline one_catalog default_features tencent_product one/base default/base tencent/base"
for round in $(seq 1 "$repeat"); do
    base=$(build baseline)
    one=$(build one_catalog)
    all=$(build default_features)
    tencent=$(build tencent_product)
    printf '%s %.1f %.1f %.1f %.1f %.2f %.2f %.2f\n' "$round" "$base" "$one" "$all" "$tencent" \
        "$(echo "$one / $base" | bc -l)" "$(echo "$all / $base" | bc -l)" "$(echo "$tencent / $base" | bc -l)"
done
