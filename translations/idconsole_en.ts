<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ActivityLogPane</name>
    <message numerus="yes">
        <location filename="../ui/ActivityLogPane.cpp" line="+192"/>
        <source>Remove all %n entries from the activity log?</source>
        <translation>
            <numerusform>Remove the %n entry from the activity log?</numerusform>
            <numerusform>Remove all %n entries from the activity log?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Copied %n RequestId(s).</source>
        <translation>
            <numerusform>Copied %n RequestId.</numerusform>
            <numerusform>Copied %n RequestIds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n request(s) logged.</source>
        <translation>
            <numerusform>%n request logged.</numerusform>
            <numerusform>%n requests logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The oldest %n entries were dropped (the log keeps the latest %1).</source>
        <translation>
            <numerusform>The oldest %n entry was dropped (the log keeps the latest %1).</numerusform>
            <numerusform>The oldest %n entries were dropped (the log keeps the latest %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message numerus="yes">
        <location filename="../ui/BulkProgressDialog.cpp" line="+240"/>
        <source>The service throttled the batch; it slowed down and sent %n item(s) again.</source>
        <translation>
            <numerusform>The service throttled the batch; it slowed down and sent %n item again.</numerusform>
            <numerusform>The service throttled the batch; it slowed down and sent %n items again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Done: all %n item(s) succeeded.</source>
        <translation>
            <numerusform>Done: the %n item succeeded.</numerusform>
            <numerusform>Done: all %n items succeeded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The service is throttling: slowed down to %n request(s) at a time.</source>
        <translation>
            <numerusform>The service is throttling: slowed down to %n request at a time.</numerusform>
            <numerusform>The service is throttling: slowed down to %n requests at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message numerus="yes">
        <location filename="../app/cloud/BulkRunner.cpp" line="+346"/>
        <source>Throttled %n time(s); those items were sent again later.</source>
        <translation>
            <numerusform>Throttled %n time; those items were sent again later.</numerusform>
            <numerusform>Throttled %n times; those items were sent again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message numerus="yes">
        <location filename="../app/cloud/DemoEnvironment.cpp" line="+37"/>
        <source>The demo emulator did not report its port within %n second(s).</source>
        <translation>
            <numerusform>The demo emulator did not report its port within %n second.</numerusform>
            <numerusform>The demo emulator did not report its port within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryPane</name>
    <message numerus="yes">
        <location filename="../ui/DirectoryPane.cpp" line="+148"/>
        <source>Copied %n %1.</source>
        <translation>
            <numerusform>Copied %n %1.</numerusform>
            <numerusform>Copied %n %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message numerus="yes">
        <location filename="../app/api/ErrorCatalog.cpp" line="+424"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsPane</name>
    <message numerus="yes">
        <location filename="../ui/GroupsPane.cpp" line="+273"/>
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n group.</numerusform>
            <numerusform>%n groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>%n groups selected.</source>
        <translation>
            <numerusform>%n group selected.</numerusform>
            <numerusform>%n groups selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>It still has %n member(s): CloudSSO refuses to delete a group with members, so remove them first.</source>
        <translation>
            <numerusform>It still has %n member: CloudSSO refuses to delete a group with members, so remove it first.</numerusform>
            <numerusform>It still has %n members: CloudSSO refuses to delete a group with members, so remove them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its %n member(s) will lose this membership.</source>
        <translation>
            <numerusform>Its %n member will lose this membership.</numerusform>
            <numerusform>Its %n members will lose this membership.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n groups? This cannot be undone.</source>
        <translation>
            <numerusform>Delete this %n group? This cannot be undone.</numerusform>
            <numerusform>Delete these %n groups? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Deleting %n groups</source>
        <translation>
            <numerusform>Deleting %n group</numerusform>
            <numerusform>Deleting %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Adding %n members to %1</source>
        <translation>
            <numerusform>Adding %n member to %1</numerusform>
            <numerusform>Adding %n members to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Remove %n members from the group “%1”?</source>
        <translation>
            <numerusform>Remove %n member from the group “%1”?</numerusform>
            <numerusform>Remove %n members from the group “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Removing %n members from %1</source>
        <translation>
            <numerusform>Removing %n member from %1</numerusform>
            <numerusform>Removing %n members from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+648"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message numerus="yes">
        <location filename="../ui/MemberPickerDialog.cpp" line="+149"/>
        <source>Add %n users</source>
        <translation>
            <numerusform>Add %n user</numerusform>
            <numerusform>Add %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n user.</numerusform>
            <numerusform>%n users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvisioningEventsPane</name>
    <message numerus="yes">
        <location filename="../ui/ProvisioningEventsPane.cpp" line="+239"/>
        <source>%n failed event(s).</source>
        <translation>
            <numerusform>%n failed event.</numerusform>
            <numerusform>%n failed events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n events selected.</source>
        <translation>
            <numerusform>%n event selected.</numerusform>
            <numerusform>%n events selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>When a RAM user with the same name already exists, what should happen for these %n event(s)?</source>
        <translation>
            <numerusform>When a RAM user with the same name already exists, what should happen for this %n event?</numerusform>
            <numerusform>When a RAM user with the same name already exists, what should happen for these %n events?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Retry these %n failed provisioning events?</source>
        <translation>
            <numerusform>Retry this %n failed provisioning event?</numerusform>
            <numerusform>Retry these %n failed provisioning events?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Retrying %n provisioning event(s)</source>
        <translation>
            <numerusform>Retrying %n provisioning event</numerusform>
            <numerusform>Retrying %n provisioning events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Delete these %n failed events? The failure records are removed; nothing is provisioned.</source>
        <translation>
            <numerusform>Delete this %n failed event? The failure record is removed; nothing is provisioned.</numerusform>
            <numerusform>Delete these %n failed events? The failure records are removed; nothing is provisioned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Deleting %n provisioning event(s)</source>
        <translation>
            <numerusform>Deleting %n provisioning event</numerusform>
            <numerusform>Deleting %n provisioning events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserPoolsPane</name>
    <message numerus="yes">
        <location filename="../ui/UserPoolsPane.cpp" line="+128"/>
        <source>Copied %n Uid(s).</source>
        <translation>
            <numerusform>Copied %n Uid.</numerusform>
            <numerusform>Copied %n Uids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+430"/>
        <source>Refreshing… %n user pool(s) so far</source>
        <translation>
            <numerusform>Refreshing… %n user pool so far</numerusform>
            <numerusform>Refreshing… %n user pools so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user pool(s)</source>
        <translation>
            <numerusform>%n user pool</numerusform>
            <numerusform>%n user pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>reading details of %n pool(s)…</source>
        <translation>
            <numerusform>reading details of %n pool…</numerusform>
            <numerusform>reading details of %n pools…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>Delete the user pool “%1” (%2)?

Its %n user(s) and all of its applications and settings are deleted with it. This cannot be undone.

Type the pool&apos;s name to confirm.</source>
        <translation>
            <numerusform>Delete the user pool “%1” (%2)?

Its %n user and all of its applications and settings are deleted with it. This cannot be undone.

Type the pool&apos;s name to confirm.</numerusform>
            <numerusform>Delete the user pool “%1” (%2)?

Its %n users and all of its applications and settings are deleted with it. This cannot be undone.

Type the pool&apos;s name to confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Enable %n user pool(s)? Their users can sign in again.</source>
        <translation>
            <numerusform>Enable %n user pool? Its users can sign in again.</numerusform>
            <numerusform>Enable %n user pools? Their users can sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Disable %n user pool(s)? Their users can no longer sign in until the pool is enabled again.</source>
        <translation>
            <numerusform>Disable %n user pool? Its users can no longer sign in until the pool is enabled again.</numerusform>
            <numerusform>Disable %n user pools? Their users can no longer sign in until the pools are enabled again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Enabling %n user pool(s)…</source>
        <translation>
            <numerusform>Enabling %n user pool…</numerusform>
            <numerusform>Enabling %n user pools…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Disabling %n user pool(s)…</source>
        <translation>
            <numerusform>Disabling %n user pool…</numerusform>
            <numerusform>Disabling %n user pools…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Enabled %n user pool(s).</source>
        <translation>
            <numerusform>Enabled %n user pool.</numerusform>
            <numerusform>Enabled %n user pools.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Disabled %n user pool(s).</source>
        <translation>
            <numerusform>Disabled %n user pool.</numerusform>
            <numerusform>Disabled %n user pools.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+13"/>
        <source>%n stopped before they were changed.</source>
        <translation>
            <numerusform>%n stopped before it was changed.</numerusform>
            <numerusform>%n stopped before they were changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%n user pool(s) could not be enabled:</source>
        <translation>
            <numerusform>%n user pool could not be enabled:</numerusform>
            <numerusform>%n user pools could not be enabled:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user pool(s) could not be disabled:</source>
        <translation>
            <numerusform>%n user pool could not be disabled:</numerusform>
            <numerusform>%n user pools could not be disabled:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n other pool(s) were enabled.</source>
        <translation>
            <numerusform>%n other pool was enabled.</numerusform>
            <numerusform>%n other pools were enabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n other pool(s) were disabled.</source>
        <translation>
            <numerusform>%n other pool was disabled.</numerusform>
            <numerusform>%n other pools were disabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Exported %n user pool(s) to %1.</source>
        <translation>
            <numerusform>Exported %n user pool to %1.</numerusform>
            <numerusform>Exported %n user pools to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message numerus="yes">
        <location filename="../ui/UsersPane.cpp" line="+323"/>
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n user.</numerusform>
            <numerusform>%n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shown by the quick filter.</source>
        <translation>
            <numerusform>%n shown by the quick filter.</numerusform>
            <numerusform>%n shown by the quick filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>%n users selected.</source>
        <translation>
            <numerusform>%n user selected.</numerusform>
            <numerusform>%n users selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n users? This cannot be undone.</source>
        <translation>
            <numerusform>Delete this %n user? This cannot be undone.</numerusform>
            <numerusform>Delete these %n users? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Deleting %n users</source>
        <translation>
            <numerusform>Deleting %n user</numerusform>
            <numerusform>Deleting %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Disable %n users? They will not be able to sign in until enabled again.</source>
        <translation>
            <numerusform>Disable %n user? They will not be able to sign in until enabled again.</numerusform>
            <numerusform>Disable %n users? They will not be able to sign in until enabled again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Enabling %n users</source>
        <translation>
            <numerusform>Enabling %n user</numerusform>
            <numerusform>Enabling %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Disabling %n users</source>
        <translation>
            <numerusform>Disabling %n user</numerusform>
            <numerusform>Disabling %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Exported the %n loaded user(s); scroll to load more before exporting everything.</source>
        <translation>
            <numerusform>Exported the %n loaded user; scroll to load more before exporting everything.</numerusform>
            <numerusform>Exported the %n loaded users; scroll to load more before exporting everything.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifiedCreate</name>
    <message numerus="yes">
        <location filename="../app/cloud/VerifiedCreate.cpp" line="+293"/>
        <source>%1 It was checked: it was not created. Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 It was checked: it was not created. Gave up after %n attempt.</numerusform>
            <numerusform>%1 It was checked: it was not created. Gave up after %n attempts.</numerusform>
        </translation>
    </message>
</context>
</TS>
