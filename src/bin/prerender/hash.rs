//! Content hashes: the subresource-integrity values of the loaders, glue modules and wasm, and
//! the short hashes in their file names (used by `loader` and `languages`).

/// `sha384-<base64>`: a subresource-integrity value.
pub fn integrity(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// A short content hash for file names.
pub fn short_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha384::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}
