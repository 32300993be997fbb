//! UI tests of `#[cloud_error]`: inputs that must compile and run, and one file per mistake, named
//! after it, with the compiler's message committed next to it. After a deliberate change to a
//! message, `TRYBUILD=overwrite cargo test -p cloud-errors-macros --test ui` rewrites the `.stderr`
//! files: read each diff before committing it.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.pass("tests/ui/pass/*.rs");
    cases.compile_fail("tests/ui/fail/*.rs");
}
