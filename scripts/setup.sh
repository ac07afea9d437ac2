# Set-up steps that ./icn run and ./icn test share. Sourced by ./icn.

require_tool() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is needed but not installed: $2"
}

setup_dotnet() {
  require_tool dotnet "install the .NET 10 SDK"
  step "Restoring .NET tools and packages"
  dotnet tool restore >/dev/null
  dotnet restore Icn.Api.sln --verbosity quiet
}

# npm ci in DIR unless its node_modules already matches its lock file.
npm_install() {
  local dir=$1
  require_tool npm "install Node.js 20 or later with npm"
  if [ -d "$dir/node_modules" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
    return
  fi
  step "Installing npm packages in $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
}

# GraphiQL is served from our own files: no CDN is reachable from every machine.
setup_graphiql() {
  local app=src/Icn.Graph/GraphiQL vendor=src/Icn.Graph/wwwroot/graphiql/vendor
  npm_install "$app"
  mkdir -p "$vendor"
  cp "$app/node_modules/react/umd/react.production.min.js" \
     "$app/node_modules/react-dom/umd/react-dom.production.min.js" \
     "$app/node_modules/graphiql/graphiql.min.js" \
     "$app/node_modules/graphiql/graphiql.min.css" "$vendor/"
}

build_api() {
  step "Building the API (Release)"
  dotnet build Icn.Api.sln -c Release --no-restore --verbosity quiet -nologo -clp:NoSummary \
    || die "the build failed"
}

# start_api URL: starts the built API in the background, as ./icn run serves it (Development,
# migrations and demo data applied at start), against $ConnectionStrings__Icn; sets API_PID.
start_api() {
  local url=$1
  ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development} \
  ASPNETCORE_URLS=$url \
  Database__MigrateOnStart=true \
  Demo__SeedOnStart=${Demo__SeedOnStart:-true} \
    dotnet src/Icn.Graph/bin/Release/net10.0/Icn.Graph.dll --contentRoot "$ROOT/src/Icn.Graph" &
  API_PID=$!
}

# wait_ready URL SECONDS: waits until the API answers /health/ready, or fails.
wait_ready() {
  local url=$1 limit=$2 i
  for ((i = 0; i < limit * 4; i++)); do
    if curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; then return 0; fi
    kill -0 "$API_PID" 2>/dev/null || return 1
    sleep 0.25
  done
  return 1
}
