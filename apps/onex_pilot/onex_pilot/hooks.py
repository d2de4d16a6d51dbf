from onex_pilot.roles import ALL_ROLES

app_name = "onex_pilot"
app_title = "1+X Pilot"
app_publisher = "onex pilot contributors"
app_description = "Runs a school's 1+X vocational skill certificate pilot"
app_email = "maintainers@onex-pilot.invalid"
app_license = "mit"

# Records the app ships, synced on install and on every migrate. Filtered, so
# that nothing else of a developer's site is exported with them.
fixtures = [
	{"dt": "Role", "filters": [["role_name", "in", list(ALL_ROLES)]]},
]
