// OpenSSL's libcrypto, for SHA-256 only, through its EVP digest interface (not the low-level
// SHA256_* calls, which OpenSSL 3 deprecates). Reached only from CSatCore/Support/SHA256.swift.
#include <openssl/evp.h>
