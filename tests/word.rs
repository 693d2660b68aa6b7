//! Word files as a reader meets them (issue 17): templates and macro
//! documents walked like any .docx, and what a folder walk leaves out said.

mod common;

use common::{actionplan, docx, stderr, w_p, write};

#[test]
fn a_folder_walk_reads_docm_and_dotx_and_says_what_it_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let body = w_p("Action plan");
    write(dir.path(), "plan.docm", &docx(&body));
    write(dir.path(), "template.dotx", &docx(&body));
    write(dir.path(), "notes.xyz", b"not a plan");
    let out = actionplan(&["extract".as_ref(), "-v".as_ref(), dir.path().as_os_str()]);
    let err = stderr(&out);
    // Both Word files read (each named as having no actions), the other
    // file named as skipped and why.
    assert!(err.contains("plan.docm"), "{err}");
    assert!(err.contains("template.dotx"), "{err}");
    assert!(err.contains("notes.xyz: skipped"), "{err}");
    assert!(!err.contains("plan.docm: skipped"), "{err}");
}
