# Shared steps of ./onex. Sourced, not run: expects ROOT and `set -euo pipefail`.
# Every step checks first and does only what is missing, so a second run is quick.

# --- settings (environment variables with defaults) --------------------------
FRAPPE_REPO=${FRAPPE_REPO:-https://github.com/frappe/frappe}
FRAPPE_BRANCH=${FRAPPE_BRANCH:-version-15}
AIR_DATEPICKER_REPO=${AIR_DATEPICKER_REPO:-https://github.com/frappe/air-datepicker}
BENCH_VERSION=${BENCH_VERSION:-frappe-bench>=5.22,<6}
SITE=${SITE:-pilot.localhost}
TEST_SITE=${TEST_SITE:-test.localhost}
WEB_PORT=${WEB_PORT:-8000}
TEST_WEB_PORT=${TEST_WEB_PORT:-8010}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-admin}
DEMO=${DEMO:-1}
DB_HOST=${DB_HOST:-}  # empty: MariaDB on this machine
DB_PORT=${DB_PORT:-3306}
DB_ROOT_USER=${DB_ROOT_USER:-root}
DB_ROOT_PASSWORD=${DB_ROOT_PASSWORD:-}
INSTALL_PACKAGES=${INSTALL_PACKAGES:-auto}

# Our apps, in install order: the core, then every addon beside it in apps/.
APPS=(onex_pilot)
for _app_dir in "$ROOT"/apps/onex_*/; do
	_app=$(basename "$_app_dir")
	[ "$_app" != onex_pilot ] && [ -f "$_app_dir/pyproject.toml" ] && APPS+=("$_app")
done
unset _app _app_dir
CORE_APP=onex_pilot
TEST_CORE_SITE=${TEST_CORE_SITE:-core.$TEST_SITE}
TOOLS="$ROOT/.tools"
BENCH="$TOOLS/bench/bin/bench"
DB_ADMIN_FILE="$ROOT/config/db-admin.cnf"
# Debian packages the platform needs (services, PDF and fonts, the test browser),
# as package:command; a package whose command is already there is not asked for.
SYSTEM_PACKAGES=(git:git mariadb-server:mariadbd mariadb-client:mysql redis-server:redis-server
	nodejs:node npm:npm wkhtmltopdf:wkhtmltopdf fonts-noto-cjk: xvfb:Xvfb chromium:chromium
	python3-venv: python3-dev: pkg-config:pkg-config curl:curl
	poppler-utils:pdftoppm fonts-wqy-microhei:)

export BENCH_DISABLE_UV=1 # plain pip honours the machine's pip configuration
export PATH="$ROOT/scripts/shims:$TOOLS/bench/bin:$TOOLS/node/node_modules/.bin:$PATH"

# --- output ------------------------------------------------------------------
say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33mwarning:\033[0m %s\n' "$*" >&2; }
die() {
	printf '\033[1;31merror:\033[0m %s\n' "$1" >&2
	[ -n "${2:-}" ] && printf '  fix: %s\n' "$2" >&2
	exit 1
}
is_root() { [ "$(id -u)" = 0 ]; }
have() { command -v "$1" >/dev/null 2>&1; }

# --- system packages ---------------------------------------------------------
missing_packages() {
	have dpkg-query || return 0
	local entry pkg cmd
	for entry in "${SYSTEM_PACKAGES[@]}"; do
		pkg=${entry%%:*} cmd=${entry#*:}
		[ -n "$cmd" ] && have "$cmd" && continue
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
	done
}

ensure_packages() {
	local missing
	missing=$(missing_packages | tr '\n' ' ')
	[ -z "${missing// /}" ] && return 0
	if is_root && have apt-get && [ "$INSTALL_PACKAGES" != 0 ]; then
		say "Installing Debian packages: $missing"
		apt-get update -qq
		# shellcheck disable=SC2086
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
	else
		warn "these Debian packages are not installed: $missing"
		warn "install them as root: apt-get install $missing"
	fi
}

# --- toolchains ----------------------------------------------------------------
find_python() {
	local candidate version
	for candidate in ${PYTHON:-} python3 python3.12 python3.11 python3.10; do
		have "$candidate" || continue
		version=$("$candidate" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || continue
		case "$version" in 3.10 | 3.11 | 3.12)
			command -v "$candidate"
			return 0
			;;
		esac
	done
	die "Python 3.10, 3.11 or 3.12 is needed (found: $(python3 --version 2>&1 || echo none))." \
		"install one (apt-get install python3) or set PYTHON=/path/to/python3.11"
}

check_node() {
	have node || die "Node.js 18 or newer is needed to build the Desk assets." "apt-get install nodejs npm"
	local major
	major=$(node -p 'process.versions.node.split(".")[0]')
	[ "$major" -ge 18 ] || die "Node.js $major is too old; 18 or newer is needed." "install Node.js 18+ (Debian 12: apt-get install nodejs)"
	# The yarn shim of scripts/shims is on PATH; look past it for the real one.
	if ! PATH=${PATH#"$ROOT/scripts/shims:"} have yarn; then
		have npm || die "npm is needed to install yarn." "apt-get install npm"
		say "Installing yarn into .tools/node"
		npm install --loglevel=error --no-fund --no-audit --prefix "$TOOLS/node" yarn@1 >/dev/null ||
			die "npm could not install yarn (see the error above)." "check npm's registry and proxy settings (npm config get registry), or install yarn yourself"
	fi
}

ensure_bench_cli() {
	[ -x "$BENCH" ] && return 0
	say "Installing the bench command into .tools/bench"
	"$PYTHON_BIN" -m venv "$TOOLS/bench"
	"$TOOLS/bench/bin/pip" install --quiet "$BENCH_VERSION"
}

# --- MariaDB -----------------------------------------------------------------
mysql_admin() { mysql --defaults-extra-file="$DB_ADMIN_FILE" "$@"; }

write_mariadb_charset() {
	local conf=/etc/mysql/mariadb.conf.d/99-onex-pilot.cnf
	is_root && [ -d /etc/mysql/mariadb.conf.d ] || return 0
	[ -f "$conf" ] && return 0
	say "Writing MariaDB's utf8mb4 settings to $conf"
	cat >"$conf" <<-EOF
		# Written by onex setup: Frappe needs utf8mb4 with the unicode collation.
		[mysqld]
		character-set-client-handshake = FALSE
		character-set-server = utf8mb4
		collation-server = utf8mb4_unicode_ci

		[mysql]
		default-character-set = utf8mb4
	EOF
	return 1 # tells the caller a running server needs a restart
}

start_mariadb() {
	if is_root && have service && [ -x /etc/init.d/mariadb ]; then
		service mariadb start >/dev/null 2>&1 || true
	fi
	if ! mysqladmin ping --connect-timeout=2 >/dev/null 2>&1 && is_root && have mysqld_safe; then
		(mysqld_safe >/dev/null 2>&1 &)
	fi
	local i
	for i in $(seq 1 30); do
		mysqladmin ping --connect-timeout=2 >/dev/null 2>&1 && return 0
		sleep 1
	done
	return 1
}

ensure_mariadb() {
	have mysql || die "MariaDB is not installed." "apt-get install mariadb-server mariadb-client (as root)"
	local fresh_conf=0
	write_mariadb_charset || fresh_conf=1
	if [ "$fresh_conf" = 1 ] && mysqladmin ping --connect-timeout=2 >/dev/null 2>&1 && is_root; then
		say "Restarting MariaDB for the new character set"
		service mariadb restart >/dev/null 2>&1 || mysqladmin shutdown >/dev/null 2>&1 || true
	fi
	if ! mysqladmin ping --connect-timeout=2 >/dev/null 2>&1 && ! mysqladmin -h "${DB_HOST:-localhost}" -P "$DB_PORT" ping --connect-timeout=2 >/dev/null 2>&1; then
		is_root && say "Starting MariaDB"
		is_root && start_mariadb || die "MariaDB is not running or not reachable at ${DB_HOST:-localhost}:$DB_PORT." \
			"start it (as root: service mariadb start), or set DB_HOST and DB_PORT"
	fi
	ensure_db_admin
	local charset collation
	read -r charset collation < <(mysql_admin -N -e 'SELECT @@character_set_server, @@collation_server')
	if [ "$charset" != utf8mb4 ] || [ "$collation" != utf8mb4_unicode_ci ]; then
		die "MariaDB uses $charset / $collation; Frappe needs utf8mb4 / utf8mb4_unicode_ci." \
			"add 'character-set-server = utf8mb4' and 'collation-server = utf8mb4_unicode_ci' under [mysqld] in the MariaDB configuration and restart it"
	fi
}

# The account that creates and drops sites: DB_ROOT_USER/DB_ROOT_PASSWORD when
# given; as root, an account of our own made through the root socket login.
ensure_db_admin() {
	mkdir -p "$ROOT/config"
	if [ -n "$DB_ROOT_PASSWORD" ]; then
		write_db_admin_file "$DB_ROOT_USER" "$DB_ROOT_PASSWORD"
	elif [ ! -f "$DB_ADMIN_FILE" ]; then
		is_root && mysql -u root -e 'SELECT 1' >/dev/null 2>&1 ||
			die "No MariaDB administrator account is known to the setup." \
				"set DB_ROOT_USER and DB_ROOT_PASSWORD (an account allowed to create databases and users)"
		# One account per bench (named after its folder), so that another clone
		# on the same machine never changes this bench's password.
		local account password
		account="onex_$(printf '%s' "$ROOT" | sha1sum | cut -c1-10)"
		password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
		say "Creating the MariaDB account $account for site management"
		mysql -u root <<-EOF
			CREATE USER IF NOT EXISTS '$account'@'localhost' IDENTIFIED BY '$password';
			CREATE USER IF NOT EXISTS '$account'@'127.0.0.1' IDENTIFIED BY '$password';
			ALTER USER '$account'@'localhost' IDENTIFIED BY '$password';
			ALTER USER '$account'@'127.0.0.1' IDENTIFIED BY '$password';
			GRANT ALL PRIVILEGES ON *.* TO '$account'@'localhost' WITH GRANT OPTION;
			GRANT ALL PRIVILEGES ON *.* TO '$account'@'127.0.0.1' WITH GRANT OPTION;
			FLUSH PRIVILEGES;
		EOF
		write_db_admin_file "$account" "$password"
	fi
	mysql_admin -e 'SELECT 1' >/dev/null 2>&1 ||
		die "MariaDB refused the administrator login ($(db_admin_user)@${DB_HOST:-localhost})." \
			"check DB_ROOT_USER and DB_ROOT_PASSWORD, or delete config/db-admin.cnf to let the setup (as root) create its own account"
}

write_db_admin_file() {
	(
		umask 077
		printf '[client]\nuser=%s\npassword=%s\nhost=%s\nport=%s\n' "$1" "$2" "${DB_HOST:-localhost}" "$DB_PORT" >"$DB_ADMIN_FILE"
	)
}
db_admin_user() { sed -n 's/^user=//p' "$DB_ADMIN_FILE"; }
db_admin_password() { sed -n 's/^password=//p' "$DB_ADMIN_FILE"; }

# --- Redis -------------------------------------------------------------------
redis_port() { sed -n 's/^port //p' "$ROOT/config/redis_$1.conf" 2>/dev/null; }

start_redis() {
	have redis-server || die "Redis is not installed." "apt-get install redis-server (as root)"
	local name port
	for name in cache queue; do
		port=$(redis_port "$name")
		[ -n "$port" ] || continue
		if redis-cli -p "$port" ping >/dev/null 2>&1; then
			ours_running "$name" && continue
			# Not started from this folder: left by a bench that was deleted or moved, it may no
			# longer be able to save, and would refuse every background job.
			say "Replacing a Redis on port $port that this bench did not start"
			redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || true
			sleep 1
		fi
		redis-server "$ROOT/config/redis_$name.conf" --daemonize yes >/dev/null
	done
}

# True when the Redis answering on this bench's port is the one it started (its pid file).
ours_running() {
	local pidfile pid
	pidfile=$(sed -n 's/^pidfile //p' "$ROOT/config/redis_$1.conf")
	[ -n "$pidfile" ] && [ -f "$pidfile" ] || return 1
	pid=$(cat "$pidfile")
	[ -n "$pid" ] && [ "$(redis-cli -p "$(redis_port "$1")" info server 2>/dev/null | sed -n 's/^process_id:\([0-9]*\).*/\1/p')" = "$pid" ]
}

# Free the bench's own Redis ports, whoever started Redis there. Other commands
# leave it running: it is the bench's own, and parallel test runs share it.
stop_bench_redis() {
	local name port
	for name in cache queue; do
		port=$(redis_port "$name")
		[ -n "$port" ] && redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || true
	done
}

# --- the bench ---------------------------------------------------------------
write_common_config() {
	mkdir -p "$ROOT/sites"
	# webserver_port: the port we serve on, which Frappe uses for links made outside a request.
	"$PYTHON_BIN" - "$ROOT/sites/common_site_config.json" "$(id -un)" "$WEB_PORT" <<-'EOF'
		import json, os, sys
		path, user, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
		conf = {}
		if os.path.exists(path):
		    with open(path) as f:
		        conf = json.load(f)
		conf.update({"frappe_user": user, "serve_default_site": True, "webserver_port": port})
		with open(path, "w") as f:
		    json.dump(conf, f, indent=1, sort_keys=True)
	EOF
}

frappe_ready() { [ -f "$ROOT/env/.onex-frappe-ready" ]; }

install_frappe() {
	frappe_ready && return 0
	git ls-remote --heads "$FRAPPE_REPO" "$FRAPPE_BRANCH" >/dev/null 2>&1 ||
		die "The Frappe repository $FRAPPE_REPO (branch $FRAPPE_BRANCH) cannot be reached." \
			"set FRAPPE_REPO to a reachable mirror, or map the upstream URL to a local clone with git config url.<mirror>.insteadOf $FRAPPE_REPO"
	# A half-finished earlier attempt: start Frappe's part again from scratch.
	rm -rf "$ROOT/apps/frappe" "$ROOT/env"
	say "Installing Frappe ($FRAPPE_BRANCH) into apps/frappe; this takes several minutes"
	# stdin from /dev/null: bench init asks to delete the folder when it fails.
	"$BENCH" init --ignore-exist --skip-assets --no-procfile --no-backups \
		--python "$PYTHON_BIN" --frappe-path "$FRAPPE_REPO" --frappe-branch "$FRAPPE_BRANCH" \
		"$ROOT" </dev/null
	# Frappe v15 still imports pkg_resources, which setuptools 81 dropped.
	"$ROOT/env/bin/pip" install --quiet "setuptools<81"
	touch "$ROOT/env/.onex-frappe-ready"
}

install_our_apps() {
	local app stamp
	printf '%s\n' frappe "${APPS[@]}" >"$ROOT/sites/apps.txt"
	for app in "${APPS[@]}"; do
		stamp="$ROOT/env/.onex-installed-$app"
		[ -f "$stamp" ] && [ "$stamp" -nt "$ROOT/apps/$app/pyproject.toml" ] && continue
		say "Installing $app into the bench's Python"
		"$ROOT/env/bin/pip" install --quiet -e "$ROOT/apps/$app"
		touch "$stamp"
	done
	stamp="$ROOT/env/.onex-installed-tests"
	if [ ! -f "$stamp" ] || [ "$ROOT/tests/requirements.txt" -nt "$stamp" ]; then
		say "Installing what the top-level tests need"
		"$ROOT/env/bin/pip" install --quiet -r "$ROOT/tests/requirements.txt"
		touch "$stamp"
	fi
}

build_assets() {
	if [ ! -d "$ROOT/sites/assets/frappe/dist" ]; then
		say "Building the Desk assets (once; a few minutes)"
		(cd "$ROOT" && CI=1 "$BENCH" build --force)
	fi
	local app
	for app in "${APPS[@]}"; do
		[ -e "$ROOT/sites/assets/$app" ] || (cd "$ROOT" && "$BENCH" build --app "$app" --force)
	done
}

setup_all() {
	ensure_packages
	PYTHON_BIN=$(find_python)
	check_node
	ensure_mariadb
	ensure_bench_cli
	write_common_config
	install_frappe
	install_our_apps
	start_redis
	build_assets
}

bench() { (cd "$ROOT" && "$BENCH" "$@"); }

# --- sites -------------------------------------------------------------------
site_exists() { [ -f "$ROOT/sites/$1/site_config.json" ]; }

# Frappe names a site's database after the site name alone, so two benches on one machine
# (two clones, or a clone beside a school's copy) would share test.localhost's database.
# Ours is named after this folder and the site.
site_db_name() { printf '_%s' "$(printf '%s\n%s' "$ROOT" "$1" | sha1sum | cut -c1-16)"; }

# create_site SITE ADMIN_PASSWORD [APP...]: our apps by default. With FORCE_SITE=1, a database
# of this bench's name for the site, left by an interrupted run, is replaced.
create_site() {
	local site=$1 admin_password=$2
	shift 2
	local apps=("$@")
	[ ${#apps[@]} -gt 0 ] || apps=("${APPS[@]}")
	say "Creating site $site"
	local db_args=(--db-name "$(site_db_name "$site")")
	[ -n "$DB_HOST" ] && db_args+=(--db-host "$DB_HOST" --db-port "$DB_PORT")
	[ "${FORCE_SITE:-0}" = 1 ] && db_args+=(--force)
	bench new-site "$site" --db-root-username "$(db_admin_user)" --db-root-password "$(db_admin_password)" \
		"${db_args[@]}" --admin-password "$admin_password" </dev/null
	local app
	for app in "${apps[@]}"; do
		bench --site "$site" install-app "$app"
	done
}

drop_site() {
	site_exists "$1" || return 0
	bench drop-site "$1" --db-root-username "$(db_admin_user)" --db-root-password "$(db_admin_password)" \
		--force --no-backup </dev/null >/dev/null
	rm -rf "$ROOT/archived/sites/$1"* # a throwaway site leaves nothing behind
}

# Migrate only when our apps' code changed since the site last saw it.
code_fingerprint() {
	(cd "$ROOT/apps" && git ls-files -s -- "${APPS[@]}" 2>/dev/null; git diff -- "${APPS[@]}" 2>/dev/null) | sha1sum | cut -c1-40
}

migrate_if_changed() {
	local site=$1 stamp fingerprint
	stamp="$ROOT/sites/$site/.onex-migrated"
	fingerprint=$(code_fingerprint)
	[ -f "$stamp" ] && [ "$(cat "$stamp")" = "$fingerprint" ] && return 0
	say "Migrating $site"
	bench --site "$site" migrate
	echo "$fingerprint" >"$stamp"
}

# An addon added to apps/ after the site was made: install it, and load its demo.
install_new_apps() {
	local site=$1 app installed
	installed=$(bench --site "$site" list-apps 2>/dev/null | awk '{print $1}')
	for app in "${APPS[@]}"; do
		grep -qx "$app" <<<"$installed" && continue
		say "Installing $app on $site"
		bench --site "$site" install-app "$app"
		[ "$DEMO" = 1 ] && load_demo "$site"
	done
	return 0
}

load_demo() {
	say "Loading the demo school into $1"
	bench --site "$1" execute onex_pilot.demo.load
}

# --- commands ----------------------------------------------------------------
cmd_run() {
	setup_all
	if ! site_exists "$SITE"; then
		create_site "$SITE" "$ADMIN_PASSWORD"
		bench --site "$SITE" execute onex_pilot.setup.site.set_chinese_defaults
		code_fingerprint >"$ROOT/sites/$SITE/.onex-migrated"
		[ "$DEMO" = 1 ] && load_demo "$SITE"
	else
		migrate_if_changed "$SITE"
		install_new_apps "$SITE"
	fi
	bench use "$SITE" >/dev/null
	stop_bench_redis # the Procfile starts Redis itself, in the foreground
	print_welcome
	cd "$ROOT"
	exec "$BENCH" start
}

print_welcome() {
	cat <<-EOF

		  1+X pilot platform: http://localhost:${WEB_PORT}  (site ${SITE})
		  Administrator / ${ADMIN_PASSWORD}
	EOF
	if [ "$DEMO" = 1 ]; then
		bench --site "$SITE" execute onex_pilot.demo.login_table 2>/dev/null | sed 's/^"//; s/"$//; s/\\n/\n/g' || true
	fi
	echo "  Stop with Ctrl+C."
	echo
}

cmd_test() {
	setup_all
	local admin_password core_args=()
	admin_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 18)
	make_test_site "$TEST_SITE" "$admin_password" "${APPS[@]}"
	# With addons installed, a full run also proves the core works without them.
	if [ ${#APPS[@]} -gt 1 ] && ! wants_part_only "$@"; then
		make_test_site "$TEST_CORE_SITE" "$admin_password" "$CORE_APP"
		core_args=(--core-site "$TEST_CORE_SITE" --core-app "$CORE_APP")
	fi
	local status=0
	"$ROOT/env/bin/python" "$ROOT/scripts/run_tests.py" --site "$TEST_SITE" --port "$TEST_WEB_PORT" \
		--admin-password "$admin_password" --apps "${APPS[@]}" "${core_args[@]}" -- "$@" || status=$?
	# Background jobs the tests queued for records they rolled back would fail, noisily, in the
	# worker of the next `./onex run`: drop them.
	local site
	for site in "$TEST_SITE" "$TEST_CORE_SITE"; do
		site_exists "$site" && bench purge-jobs --site "$site" >/dev/null 2>&1 || true
	done
	return "$status"
}

make_test_site() {
	local site=$1 admin_password=$2
	shift 2
	drop_site "$site"
	FORCE_SITE=1 create_site "$site" "$admin_password" "$@"
	bench --site "$site" set-config allow_tests true >/dev/null
	# The tests make far more than the 60 new users an hour Frappe allows a site by default.
	bench --site "$site" set-config --parse throttle_user_limit 100000 >/dev/null
	bench --site "$site" execute onex_pilot.setup.site.set_chinese_defaults >/dev/null
}

# True when the test run asks for one app or module only.
wants_part_only() {
	local arg
	for arg in "$@"; do
		case "$arg" in --app | --app=* | --module | --module=* | --top-level-only) return 0 ;; esac
	done
	return 1
}
