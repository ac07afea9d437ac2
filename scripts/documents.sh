# ./icn documents publish FILE...: publishes trusted documents through the API. Sourced by ./icn.
#
# Each FILE holds one GraphQL operation document (a website build's .graphql files). They are sent
# to the API's publishDocuments mutation with an admin's credentials, all or none, and each
# document's id is printed on stdout as "sha256:<hex>  FILE" for the build to use as documentId.
#   ICN_API_URL         the API (default http://127.0.0.1:5080)
#   ICN_ADMIN_TOKEN     an admin's bearer token (from /auth/login), or else
#   ICN_ADMIN_EMAIL and ICN_ADMIN_PASSWORD, to sign in at /auth/login first

icn_documents() {
  case "${1:-}" in
    publish) shift; documents_publish "$@" ;;
    *) die "usage: ./icn documents publish FILE.graphql... (see scripts/documents.sh)" ;;
  esac
}

documents_publish() {
  [ $# -gt 0 ] || die "usage: ./icn documents publish FILE.graphql... (give at least one file)"
  require_tool node "install Node.js 20 or later"
  local file
  for file in "$@"; do
    [ -f "$file" ] && [ -r "$file" ] || die "cannot read '$file'"
  done
  if [ -z "${ICN_ADMIN_TOKEN:-}" ] && { [ -z "${ICN_ADMIN_EMAIL:-}" ] || [ -z "${ICN_ADMIN_PASSWORD:-}" ]; }; then
    die "no admin credentials: set ICN_ADMIN_TOKEN, or ICN_ADMIN_EMAIL and ICN_ADMIN_PASSWORD"
  fi

  export ICN_API_URL=${ICN_API_URL:-http://127.0.0.1:5080}
  step "Publishing $# trusted document(s) to $ICN_API_URL"
  # The HTTP and JSON work is in node (already needed by ./icn); it prints its own errors.
  node "$ROOT/scripts/publish-documents.mjs" "$@" || exit 1
}
