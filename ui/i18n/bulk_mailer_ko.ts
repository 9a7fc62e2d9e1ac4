<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../dialogs/account_dialog.py" line="51"/>
        <source>Account and profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="63"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="65"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="67"/>
        <source>Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="72"/>
        <source>Profiles (bold = in use):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="86"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="88"/>
        <source>Set up tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="91"/>
        <source>Create the SES configuration set, SNS topic and SQS queue that report deliveries, bounces and complaints back to Bulk Mailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="97"/>
        <source>address to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="98"/>
        <source>Verify address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="108"/>
        <source>“Test connection” shows the sending limits, sandbox status and identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="179"/>
        <source>this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="185"/>
        <source>There is already a profile with that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="264"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="281"/>
        <source>Setting up tracking… (this takes a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="295"/>
        <source>Tracking is set up: configuration set %1, queue %2. Click OK to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="304"/>
        <source>Type the e-mail address to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="307"/>
        <source>Asking Amazon SES to verify %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="319"/>
        <source>Amazon SES sent a confirmation link to %1. Open it, then test the connection again to see the address as verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="347"/>
        <source>Cannot save the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <location filename="../status_bar.py" line="19"/>
        <source>Change the account or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="33"/>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="37"/>
        <source>Account problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="44"/>
        <source>Local outbox: nothing leaves this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="46"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="48"/>
        <source>Checking the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="50"/>
        <source>SES production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="52"/>
        <source>SES sandbox: verified recipients only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="58"/>
        <source>Today: %1 sent, no daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="63"/>
        <source>Today: %1 used / %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../errors.py" line="88"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="92"/>
        <source>Something went wrong inside Bulk Mailer. Your campaigns are saved; you can keep working. Please copy the report below and send it to whoever supports Bulk Mailer for you. It contains no passwords or keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="102"/>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlPreview</name>
    <message>
        <location filename="../widgets/html_preview.py" line="60"/>
        <source>Load remote images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/html_preview.py" line="62"/>
        <source>Images on web servers are blocked until you allow them for this preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/html_preview.py" line="65"/>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/html_preview.py" line="66"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/html_preview.py" line="76"/>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="37"/>
        <source>Bulk Mailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="52"/>
        <source>1  Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="53"/>
        <source>2  Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="54"/>
        <source>3  Review &amp; send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="55"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="64"/>
        <source>Preview &amp;&amp; test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="65"/>
        <source>See a recipient&apos;s message and send it as a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="94"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="95"/>
        <source>Open &amp;recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98"/>
        <source>Recent recipient files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99"/>
        <source>Open &amp;template folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103"/>
        <source>&amp;Preview and test send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113"/>
        <source>&amp;Account and profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116"/>
        <source>Active &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&amp;About Bulk Mailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200"/>
        <source>The new language is used from the next start. Restart Bulk Mailer now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>About Bulk Mailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="210"/>
        <source>&lt;h3&gt;Bulk Mailer %1&lt;/h3&gt;&lt;p&gt;Send personalised newsletters through Amazon SES at the pace your account allows, and see what happened to every message.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="111"/>
        <source>Preview and test send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="117"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="119"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="122"/>
        <source>Find by e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="126"/>
        <source>Recipient (data row):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="145"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="146"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="147"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="148"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="158"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="159"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="160"/>
        <source>Raw MIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="165"/>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="166"/>
        <source>Send test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="172"/>
        <source>Send this message as a test to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="199"/>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="223"/>
        <source>No recipient address contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="255"/>
        <source>Open a recipients file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="257"/>
        <source>Choose a template first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="271"/>
        <source>The sender is not set yet (Template page): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="277"/>
        <source>This row will not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="315"/>
        <source>Type the address to send the test to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="323"/>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="338"/>
        <source>Sent to %1. Message id: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../dialogs/profile_form.py" line="51"/>
        <source>Local outbox (test run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="52"/>
        <source>Amazon SES (API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="53"/>
        <location filename="../dialogs/profile_form.py" line="100"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="60"/>
        <source>Name &lt;news@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="63"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="64"/>
        <source>Sends through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="65"/>
        <source>Default From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="66"/>
        <source>Default Reply-To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="68"/>
        <source>stored in the keyring; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="70"/>
        <source>e.g. ap-northeast-2 (Seoul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="72"/>
        <source>optional: a profile from ~/.aws/credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="76"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="78"/>
        <source>optional; “Set up tracking” fills it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="79"/>
        <source>Amazon SES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="81"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="82"/>
        <source>AWS profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="83"/>
        <source>Access key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="84"/>
        <source>Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="85"/>
        <source>Configuration set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="86"/>
        <source>Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="89"/>
        <source>e.g. email-smtp.ap-northeast-2.amazonaws.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="94"/>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="94"/>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="94"/>
        <source>None (local only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="102"/>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="103"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="104"/>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="105"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="106"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="109"/>
        <source>default: the app&apos;s data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="110"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="115"/>
        <source>Local outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="117"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="120"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="121"/>
        <source> per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="123"/>
        <source> per 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="124"/>
        <source>no daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="129"/>
        <source>Sending limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="131"/>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="132"/>
        <source>Daily:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="143"/>
        <source>Outbox folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientModel</name>
    <message>
        <location filename="../models.py" line="57"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="58"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="59"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="60"/>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="61"/>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="62"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="63"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="64"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="65"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="66"/>
        <source>bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="67"/>
        <source>soft bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="68"/>
        <source>complained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="69"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="70"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="71"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="146"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="147"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="149"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../pages/recipients_page.py" line="90"/>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="92"/>
        <source>No file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="97"/>
        <source>Character encoding of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="101"/>
        <source>The column that holds the e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="107"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="109"/>
        <source>E-mail column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="115"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="120"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="140"/>
        <source>Search e-mail, name, any column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="156"/>
        <source>Drop a CSV, TSV or Excel file here, or click “Open file…”.
The first row must hold the column names; one column holds e-mail addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="176"/>
        <source>Auto-detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="177"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="178"/>
        <source>Korean (CP949 / EUC-KR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="179"/>
        <source>UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="180"/>
        <source>Western (Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="189"/>
        <source>Open recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="191"/>
        <source>Recipient tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="211"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="250"/>
        <source>Cannot open the recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="299"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="300"/>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="301"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="302"/>
        <source>Suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="303"/>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="308"/>
        <source>Click to show only these rows; click again to show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="310"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="313"/>
        <source>showing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderPanel</name>
    <message>
        <location filename="../widgets/sender_panel.py" line="27"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="30"/>
        <source>e.g. Hana Flower Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="35"/>
        <source>news@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="37"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="40"/>
        <source>https://… or mailto:… (several: separate with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="49"/>
        <source>From name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="50"/>
        <source>From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="51"/>
        <source>Reply-To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="52"/>
        <source>Unsubscribe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="74"/>
        <source>Any address at a verified domain works: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="111"/>
        <source>Enter the address your newsletter comes from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../pages/template_page.py" line="90"/>
        <source>Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="91"/>
        <source>Open the file shown below in your editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="93"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="98"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="120"/>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="158"/>
        <source>Other folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="165"/>
        <source>Choose a template folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="251"/>
        <source>Choose a template to see its variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="264"/>
        <source>No column of the recipients file is called this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="270"/>
        <source>Built in: filled in by Bulk Mailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="273"/>
        <source>Open a recipients file to check these against its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/template_page.py" line="275"/>
        <source>%n variable(s) have no matching column: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="278"/>
        <source>Every variable has a matching column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <location filename="../dialogs/account_tasks.py" line="36"/>
        <location filename="../dialogs/account_tasks.py" line="41"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_tasks.py" line="45"/>
        <source>Sending rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_tasks.py" line="47"/>
        <source>Daily quota: %1 (%2 sent in the last 24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_tasks.py" line="53"/>
        <source>Production access: sending to anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_tasks.py" line="55"/>
        <source>Sandbox: only verified addresses and the mailbox simulator receive mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_tasks.py" line="61"/>
        <source>Sending is PAUSED for this account (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_tasks.py" line="67"/>
        <source>Identities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_tasks.py" line="69"/>
        <source>No verified identities yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_tasks.py" line="73"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_tasks.py" line="75"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/account_tasks.py" line="81"/>
        <source>SMTP limits are the ones set in this profile; send a test message from the preview to check the server and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="54"/>
        <source>Bulk Mailer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../pages/placeholder.py" line="55"/>
        <source>Review &amp; send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/placeholder.py" line="56"/>
        <source>Here you will check the campaign before it starts (recipients, estimated time, today&apos;s quota, sandbox warnings), start it, and follow it live: pause, resume or cancel, counters, the sending rate and a chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/placeholder.py" line="64"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/placeholder.py" line="65"/>
        <source>Here you will find every past and unfinished campaign with its counts, see what happened to each recipient, resume a campaign and export the results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>test_send</name>
    <message>
        <location filename="../test_send.py" line="37"/>
        <source>This account is in the SES sandbox, which only delivers to verified addresses and the mailbox simulator. Verify %1 first (Settings → Account), or pick a verified address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../test_send.py" line="55"/>
        <source>The SES sandbox only delivers to verified addresses; %1 is not verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
