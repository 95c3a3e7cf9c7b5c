<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccessibleText</name>
    <message numerus="yes">
        <location filename="../ui/widgets/AccessibleText.cpp" line="+119"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n row(s)</source>
        <translation>
            <numerusform>%1, %n row</numerusform>
            <numerusform>%1, %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLogPane</name>
    <message numerus="yes">
        <location filename="../ui/activity/ActivityLogPane.cpp" line="+175"/>
        <source>Remove all %n entries from the activity log?</source>
        <translation>
            <numerusform>Remove the %n entry from the activity log?</numerusform>
            <numerusform>Remove all %n entries from the activity log?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Copied %n RequestId(s).</source>
        <translation>
            <numerusform>Copied %n RequestId.</numerusform>
            <numerusform>Copied %n RequestIds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
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
        <location filename="../ui/widgets/BulkProgressDialog.cpp" line="+185"/>
        <source>Done: all %n item(s) succeeded.</source>
        <translation>
            <numerusform>Done: the %n item succeeded.</numerusform>
            <numerusform>Done: all %n items succeeded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Cancelling: nothing new is sent; waiting for the %n request(s) already sent to finish (a write already sent is never abandoned)…</source>
        <translation>
            <numerusform>Cancelling: nothing new is sent; waiting for the %n request already sent to finish (a write already sent is never abandoned)…</numerusform>
            <numerusform>Cancelling: nothing new is sent; waiting for the %n requests already sent to finish (a write already sent is never abandoned)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The service is throttling: slowed down to %n request(s) at a time.</source>
        <translation>
            <numerusform>The service is throttling: slowed down to %n request at a time.</numerusform>
            <numerusform>The service is throttling: slowed down to %n requests at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkSummary</name>
    <message numerus="yes">
        <location filename="../app/cloud/BulkSummary.cpp" line="+38"/>
        <source>%n item(s) had already been done by someone else (for example already deleted).</source>
        <translation>
            <numerusform>%n item had already been done by someone else (for example already deleted).</numerusform>
            <numerusform>%n items had already been done by someone else (for example already deleted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) already under way: the service is already retrying them; this is not a failure.</source>
        <translation>
            <numerusform>%n item already under way: the service is already retrying it; this is not a failure.</numerusform>
            <numerusform>%n items already under way: the service is already retrying them; this is not a failure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The service throttled the batch; it slowed down and sent %n item(s) again.</source>
        <translation>
            <numerusform>The service throttled the batch; it slowed down and sent %n item again.</numerusform>
            <numerusform>The service throttled the batch; it slowed down and sent %n items again.</numerusform>
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
        <location filename="../ui/directory/DirectoryPane.cpp" line="+266"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
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
        <location filename="../ui/directory/GroupsPane.cpp" line="+242"/>
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n group.</numerusform>
            <numerusform>%n groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
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
        <location line="+6"/>
        <source>Delete these %n groups? This cannot be undone.</source>
        <translation>
            <numerusform>Delete this %n group? This cannot be undone.</numerusform>
            <numerusform>Delete these %n groups? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Deleting %n groups</source>
        <translation>
            <numerusform>Deleting %n group</numerusform>
            <numerusform>Deleting %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>Adding %n members to %1</source>
        <translation>
            <numerusform>Adding %n member to %1</numerusform>
            <numerusform>Adding %n members to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
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
    <name>IdentityProvidersPane</name>
    <message numerus="yes">
        <location filename="../ui/pools/IdentityProvidersPane.cpp" line="+50"/>
        <source>%n identity provider(s) in %1.</source>
        <translation>
            <numerusform>%n identity provider in %1.</numerusform>
            <numerusform>%n identity providers in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n identity providers selected.</source>
        <translation>
            <numerusform>%n identity provider selected.</numerusform>
            <numerusform>%n identity providers selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message numerus="yes">
        <location filename="../ui/widgets/ListPane.cpp" line="+101"/>
        <source>Copied %n %1.</source>
        <translation>
            <numerusform>Copied %n %1.</numerusform>
            <numerusform>Copied %n %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="+671"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MauTableModel</name>
    <message numerus="yes">
        <location filename="../app/models/MauTableModel.cpp" line="+260"/>
        <source>%n pool(s) without a figure are not in the total.</source>
        <translation>
            <numerusform>%n pool without a figure is not in the total.</numerusform>
            <numerusform>%n pools without a figure are not in the total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message numerus="yes">
        <location filename="../ui/directory/MemberPickerDialog.cpp" line="+168"/>
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
    <name>PoolClientsPane</name>
    <message numerus="yes">
        <location filename="../ui/pools/PoolClientsPane.cpp" line="+56"/>
        <source>%n application(s) in %1.</source>
        <translation>
            <numerusform>%n application in %1.</numerusform>
            <numerusform>%n applications in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n applications selected.</source>
        <translation>
            <numerusform>%n application selected.</numerusform>
            <numerusform>%n applications selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolObjectsPane</name>
    <message numerus="yes">
        <location filename="../ui/pools/PoolObjectsPane.cpp" line="+372"/>
        <source>%n shown.</source>
        <translation>
            <numerusform>%n shown.</numerusform>
            <numerusform>%n shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolUsersPane</name>
    <message numerus="yes">
        <location filename="../ui/pools/PoolUsersPane.cpp" line="+754"/>
        <source>Deleting %n users</source>
        <translation>
            <numerusform>Deleting %n user</numerusform>
            <numerusform>Deleting %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvisioningEventsPane</name>
    <message numerus="yes">
        <location filename="../ui/directory/ProvisioningEventsPane.cpp" line="+228"/>
        <source>%n failed event(s).</source>
        <translation>
            <numerusform>%n failed event.</numerusform>
            <numerusform>%n failed events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
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
        <location line="+4"/>
        <source>Retrying %n provisioning event(s)</source>
        <translation>
            <numerusform>Retrying %n provisioning event</numerusform>
            <numerusform>Retrying %n provisioning events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Delete these %n failed events? The failure records are removed; nothing is provisioned.</source>
        <translation>
            <numerusform>Delete this %n failed event? The failure record is removed; nothing is provisioned.</numerusform>
            <numerusform>Delete these %n failed events? The failure records are removed; nothing is provisioned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleting %n provisioning event(s)</source>
        <translation>
            <numerusform>Deleting %n provisioning event</numerusform>
            <numerusform>Deleting %n provisioning events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n already under way.</source>
        <translation>
            <numerusform>%n already under way.</numerusform>
            <numerusform>%n already under way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvisioningLinks</name>
    <message numerus="yes">
        <location filename="../ui/directory/ProvisioningLinks.cpp" line="+77"/>
        <location line="+47"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserPoolsPane</name>
    <message numerus="yes">
        <location filename="../ui/pools/UserPoolsPane.cpp" line="+127"/>
        <source>Copied %n Uid(s).</source>
        <translation>
            <numerusform>Copied %n Uid.</numerusform>
            <numerusform>Copied %n Uids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+316"/>
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
        <location line="+162"/>
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
        <location line="+53"/>
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
        <location line="+39"/>
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
        <location line="+4"/>
        <source>%n stopped before they were changed.</source>
        <translation>
            <numerusform>%n stopped before it was changed.</numerusform>
            <numerusform>%n stopped before they were changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %n user pool(s) to %1.</source>
        <translation>
            <numerusform>Exported %n user pool to %1.</numerusform>
            <numerusform>Exported %n user pools to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserProvisioningsPane</name>
    <message numerus="yes">
        <location filename="../ui/directory/UserProvisioningsPane.cpp" line="+220"/>
        <source>%n user provisioning(s).</source>
        <translation>
            <numerusform>%n user provisioning.</numerusform>
            <numerusform>%n user provisionings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shown.</source>
        <translation>
            <numerusform>%n shown.</numerusform>
            <numerusform>%n shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n user provisionings selected.</source>
        <translation>
            <numerusform>%n user provisioning selected.</numerusform>
            <numerusform>%n user provisionings selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>Deleting %n user provisionings</source>
        <translation>
            <numerusform>Deleting %n user provisioning</numerusform>
            <numerusform>Deleting %n user provisionings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-44"/>
        <source>Delete these %n user provisionings?</source>
        <translation>
            <numerusform>Delete this %n user provisioning?</numerusform>
            <numerusform>Delete these %n user provisionings?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message numerus="yes">
        <location filename="../ui/directory/UsersPane.cpp" line="+291"/>
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
        <location line="+124"/>
        <source>%n users selected.</source>
        <translation>
            <numerusform>%n user selected.</numerusform>
            <numerusform>%n users selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>Delete these %n users? This cannot be undone.</source>
        <translation>
            <numerusform>Delete this %n user? This cannot be undone.</numerusform>
            <numerusform>Delete these %n users? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Deleting %n users</source>
        <translation>
            <numerusform>Deleting %n user</numerusform>
            <numerusform>Deleting %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Disable %n users? They will not be able to sign in until enabled again.</source>
        <translation>
            <numerusform>Disable %n user? They will not be able to sign in until enabled again.</numerusform>
            <numerusform>Disable %n users? They will not be able to sign in until enabled again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
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
        <location line="+41"/>
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
        <location filename="../app/cloud/BulkRunner.cpp" line="+433"/>
        <location filename="../app/cloud/VerifiedCreate.cpp" line="+290"/>
        <source>%1 It was checked: it was not created. Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 It was checked: it was not created. Gave up after %n attempt.</numerusform>
            <numerusform>%1 It was checked: it was not created. Gave up after %n attempts.</numerusform>
        </translation>
    </message>
</context>
</TS>
