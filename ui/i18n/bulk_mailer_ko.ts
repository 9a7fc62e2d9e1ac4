<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../dialogs/about_dialog.py" line="57"/>
        <source>About Bulk Mailer</source>
        <translation>Bulk Mailer 정보</translation>
    </message>
    <message>
        <location filename="../dialogs/about_dialog.py" line="66"/>
        <source>&lt;h3&gt;Bulk Mailer %1&lt;/h3&gt;&lt;p&gt;Send personalised newsletters through Amazon SES at the pace your account allows, and see what happened to every message.&lt;/p&gt;&lt;p&gt;Licensed under the %2 licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bulk Mailer %1&lt;/h3&gt;&lt;p&gt;Amazon SES 계정이 허용하는 속도에 맞춰 개인화된 뉴스레터를 보내고, 메일 한 통 한 통이 어떻게 되었는지 확인하세요.&lt;/p&gt;&lt;p&gt;%2 라이선스로 배포됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../dialogs/about_dialog.py" line="79"/>
        <source>Data (campaigns, outbox):</source>
        <translation>데이터 (캠페인, 보관함):</translation>
    </message>
    <message>
        <location filename="../dialogs/about_dialog.py" line="80"/>
        <source>Settings:</source>
        <translation>설정:</translation>
    </message>
    <message>
        <location filename="../dialogs/about_dialog.py" line="81"/>
        <source>Logs:</source>
        <translation>로그:</translation>
    </message>
    <message>
        <location filename="../dialogs/about_dialog.py" line="85"/>
        <source>Open this folder</source>
        <translation>이 폴더 열기</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../dialogs/account_dialog.py" line="51"/>
        <source>Account and profiles</source>
        <translation>계정 및 프로필</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="63"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="65"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="67"/>
        <source>Use this profile</source>
        <translation>이 프로필 사용</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="72"/>
        <source>Profiles (bold = in use):</source>
        <translation>프로필 (굵게 = 사용 중):</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="86"/>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="88"/>
        <source>Set up tracking</source>
        <translation>추적 설정</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="91"/>
        <source>Create the SES configuration set, SNS topic and SQS queue that report deliveries, bounces and complaints back to Bulk Mailer</source>
        <translation>전달, 반송, 수신 거부 신고를 Bulk Mailer에 알려 주는 SES 구성 세트, SNS 주제, SQS 대기열을 만듭니다</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="97"/>
        <source>address to verify</source>
        <translation>인증할 주소</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="98"/>
        <source>Verify address</source>
        <translation>주소 인증</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="108"/>
        <source>“Test connection” shows the sending limits, sandbox status and identities.</source>
        <translation>‘연결 테스트’를 누르면 발송 한도, 샌드박스 여부, 자격 증명(ID)을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="180"/>
        <source>this profile</source>
        <translation>이 프로필</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="186"/>
        <source>There is already a profile with that name.</source>
        <translation>같은 이름의 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="265"/>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="282"/>
        <source>Setting up tracking… (this takes a few seconds)</source>
        <translation>추적을 설정하는 중… (몇 초 걸립니다)</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="296"/>
        <source>Tracking is set up: configuration set %1, queue %2. Click OK to keep it.</source>
        <translation>추적이 설정되었습니다: 구성 세트 %1, 대기열 %2. 유지하려면 확인을 누르세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="305"/>
        <source>Type the e-mail address to verify.</source>
        <translation>인증할 이메일 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="308"/>
        <source>Asking Amazon SES to verify %1…</source>
        <translation>Amazon SES에 %1 인증을 요청하는 중…</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="320"/>
        <source>Amazon SES sent a confirmation link to %1. Open it, then test the connection again to see the address as verified.</source>
        <translation>Amazon SES가 %1(으)로 확인 링크를 보냈습니다. 링크를 연 뒤 연결 테스트를 다시 하면 인증된 주소로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="348"/>
        <source>Cannot save the settings</source>
        <translation>설정을 저장할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <location filename="../widgets/status_bar.py" line="25"/>
        <source>Change the account or profile</source>
        <translation>계정 또는 프로필 변경</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="55"/>
        <source>Profile: %1</source>
        <translation>프로필: %1</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="59"/>
        <source>Account problem</source>
        <translation>계정 문제</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="66"/>
        <source>Local outbox: nothing leaves this computer</source>
        <translation>로컬 보관함: 이 컴퓨터 밖으로 아무것도 나가지 않습니다</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="68"/>
        <source>SMTP server</source>
        <translation>SMTP 서버</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="70"/>
        <source>Checking the account…</source>
        <translation>계정을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="72"/>
        <source>SES production</source>
        <translation>SES 프로덕션</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="74"/>
        <source>SES sandbox: verified recipients only</source>
        <translation>SES 샌드박스: 인증된 수신자에게만 발송</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="83"/>
        <source>Today: %1 sent, no daily limit</source>
        <translation>오늘: %1건 발송, 일일 한도 없음</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="86"/>
        <source>Today: %1 used / %2 left</source>
        <translation>오늘: %1건 사용 / %2건 남음</translation>
    </message>
</context>
<context>
    <name>CampaignModels</name>
    <message>
        <location filename="../models/campaigns.py" line="93"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="94"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="95"/>
        <source>Created</source>
        <translation>만든 날짜</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="96"/>
        <location filename="../models/campaigns.py" line="177"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="97"/>
        <source>Sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="98"/>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="99"/>
        <source>Bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="100"/>
        <source>Complaints</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="101"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="102"/>
        <source>Unknown</source>
        <translation>확인 불가</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="103"/>
        <source>Not sent yet</source>
        <translation>미발송</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="104"/>
        <source>Total</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="175"/>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="176"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="178"/>
        <source>Error or reason</source>
        <translation>오류 또는 사유</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="179"/>
        <source>Message ID</source>
        <translation>메시지 ID</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="180"/>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="181"/>
        <source>Updated</source>
        <translation>갱신 시각</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../pages/campaigns_page.py" line="71"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="87"/>
        <location filename="../pages/campaigns_page.py" line="191"/>
        <source>Choose a campaign above to see its recipients.</source>
        <translation>위에서 캠페인을 고르면 받는 사람별 결과가 보입니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="90"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="91"/>
        <source>Send the messages that are not sent yet</source>
        <translation>아직 보내지 않은 메일을 보냅니다</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="93"/>
        <source>Resend unknown…</source>
        <translation>확인 불가 재발송…</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="95"/>
        <source>Send again the messages the app was sending when it stopped</source>
        <translation>앱이 멈췄을 때 보내는 중이던 메일을 다시 보냅니다</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="98"/>
        <source>Export results…</source>
        <translation>결과 내보내기…</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="118"/>
        <source>Events of the selected recipient:</source>
        <translation>선택한 받는 사람의 이벤트:</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="164"/>
        <source>%1 campaigns</source>
        <translation>캠페인 %1개</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="166"/>
        <source>%1 unfinished</source>
        <translation>미완료 %1개</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="231"/>
        <source>No delivery events for this recipient.</source>
        <translation>이 받는 사람에 대한 전달 이벤트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="236"/>
        <source>Accepted by SES</source>
        <translation>SES가 접수함</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="237"/>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="238"/>
        <source>Bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="239"/>
        <source>Complaint</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="240"/>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="241"/>
        <source>Delivery delayed</source>
        <translation>전달 지연</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="242"/>
        <source>Rendering failed</source>
        <translation>렌더링 실패</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="243"/>
        <source>Opened</source>
        <translation>열람함</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="244"/>
        <source>Clicked</source>
        <translation>링크 클릭</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="245"/>
        <source>Subscription changed</source>
        <translation>구독 설정 변경</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="278"/>
        <source>Resend unknown messages?</source>
        <translation>확인 불가 메일을 다시 보낼까요?</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="280"/>
        <source>%1 messages were being sent when the app stopped. Bulk Mailer cannot tell whether they went out. If you send them again, some recipients may get the same message twice. Resend them?</source>
        <translation>앱이 멈췄을 때 메일 %1건을 보내는 중이었습니다. 이 메일이 실제로 나갔는지는 Bulk Mailer가 알 수 없습니다. 다시 보내면 일부 받는 사람이 같은 메일을 두 번 받을 수 있습니다. 다시 보낼까요?</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="294"/>
        <location filename="../pages/campaigns_page.py" line="312"/>
        <source>Export results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="294"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="313"/>
        <source>Exported %1 recipients to %2.</source>
        <translation>받는 사람 %1명의 결과를 %2에 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>CountersWidget</name>
    <message>
        <location filename="../widgets/send_counters.py" line="51"/>
        <source>Sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <location filename="../widgets/send_counters.py" line="52"/>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../widgets/send_counters.py" line="53"/>
        <source>Bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <location filename="../widgets/send_counters.py" line="54"/>
        <source>Complaints</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../widgets/send_counters.py" line="55"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../widgets/send_counters.py" line="56"/>
        <source>Remaining</source>
        <translation>남음</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../errors.py" line="88"/>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <location filename="../errors.py" line="92"/>
        <source>Something went wrong inside Bulk Mailer. Your campaigns are saved; you can keep working. Please copy the report below and send it to whoever supports Bulk Mailer for you. It contains no passwords or keys.</source>
        <translation>Bulk Mailer 내부에서 문제가 발생했습니다. 캠페인은 저장되어 있으니 계속 작업하셔도 됩니다. 아래 보고서를 복사해서 Bulk Mailer 지원 담당자에게 보내 주세요. 보고서에는 비밀번호나 키가 들어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="102"/>
        <source>Copy report</source>
        <translation>보고서 복사</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../pages/send_dashboard.py" line="58"/>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="59"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="60"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="61"/>
        <source>Done</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="89"/>
        <source>Rate:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="91"/>
        <source>Time left:</source>
        <translation>남은 시간:</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="93"/>
        <source>Daily quota:</source>
        <translation>일일 할당량:</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="101"/>
        <source>Recent errors:</source>
        <translation>최근 오류:</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="123"/>
        <source>Preparing…</source>
        <translation>준비하는 중…</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="131"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="151"/>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="164"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="166"/>
        <source>%1 per second (maximum %2)</source>
        <translation>초당 %1건 (최대 %2건)</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="169"/>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="178"/>
        <source>Daily quota reached: waiting for quota until %1</source>
        <translation>일일 할당량 도달: %1까지 할당량을 기다립니다</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="198"/>
        <source>%1 sent in 24 hours, no daily limit</source>
        <translation>24시간 동안 %1건 발송, 일일 한도 없음</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="204"/>
        <source>%1 of %2 used in the last 24 hours</source>
        <translation>최근 24시간 동안 %2건 중 %1건 사용</translation>
    </message>
</context>
<context>
    <name>HtmlPreview</name>
    <message>
        <location filename="../widgets/html_preview.py" line="60"/>
        <source>Load remote images</source>
        <translation>외부 이미지 불러오기</translation>
    </message>
    <message>
        <location filename="../widgets/html_preview.py" line="62"/>
        <source>Images on web servers are blocked until you allow them for this preview</source>
        <translation>웹 서버에 있는 이미지는 이 미리보기에서 허용할 때까지 차단됩니다</translation>
    </message>
    <message>
        <location filename="../widgets/html_preview.py" line="65"/>
        <source>Desktop</source>
        <translation>데스크톱</translation>
    </message>
    <message>
        <location filename="../widgets/html_preview.py" line="66"/>
        <source>Mobile</source>
        <translation>모바일</translation>
    </message>
    <message>
        <location filename="../widgets/html_preview.py" line="76"/>
        <source>Width:</source>
        <translation>너비:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="38"/>
        <source>Bulk Mailer</source>
        <translation>Bulk Mailer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="53"/>
        <source>1  Recipients</source>
        <translation>1  받는 사람</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="54"/>
        <source>2  Template</source>
        <translation>2  템플릿</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="55"/>
        <source>3  Review &amp; send</source>
        <translation>3  검토 및 발송</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="56"/>
        <source>Campaigns</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="66"/>
        <source>Preview &amp;&amp; test…</source>
        <translation>미리보기 및 테스트…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="67"/>
        <source>See a recipient&apos;s message and send it as a test</source>
        <translation>받는 사람별 메일을 확인하고 테스트로 보내 봅니다</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98"/>
        <source>Open &amp;recipients…</source>
        <translation>받는 사람 파일 열기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101"/>
        <source>Recent recipient files</source>
        <translation>최근 받는 사람 파일</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102"/>
        <source>Open &amp;template folder…</source>
        <translation>템플릿 폴더 열기(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106"/>
        <source>&amp;Preview and test send…</source>
        <translation>미리보기 및 테스트 발송(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115"/>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116"/>
        <source>&amp;Account and profiles…</source>
        <translation>계정 및 프로필(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>Active &amp;profile</source>
        <translation>사용 중인 프로필(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>Open &amp;log folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>&amp;About Bulk Mailer</source>
        <translation>Bulk Mailer 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="205"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="206"/>
        <source>The new language is used from the next start. Restart Bulk Mailer now?</source>
        <translation>새 언어는 다음 실행부터 적용됩니다. 지금 Bulk Mailer를 다시 시작할까요?</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="109"/>
        <source>Preview and test send</source>
        <translation>미리보기 및 테스트 발송</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="115"/>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="117"/>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="120"/>
        <source>Find by e-mail…</source>
        <translation>이메일로 찾기…</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="125"/>
        <source>Recipient (data row):</source>
        <translation>받는 사람 (데이터 행):</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="145"/>
        <source>From:</source>
        <translation>보낸 사람:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="146"/>
        <source>To:</source>
        <translation>받는 사람:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="147"/>
        <source>Subject:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="148"/>
        <source>Size:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="158"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="159"/>
        <source>Plain text</source>
        <translation>일반 텍스트</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="160"/>
        <source>Raw MIME</source>
        <translation>원본 MIME</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="167"/>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="168"/>
        <source>Send test</source>
        <translation>테스트 발송</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="174"/>
        <source>Send this message as a test to:</source>
        <translation>이 메일을 테스트로 보낼 주소:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="201"/>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="225"/>
        <source>No recipient address contains “%1”.</source>
        <translation>“%1”이(가) 들어간 받는 사람 주소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="261"/>
        <source>Open a recipients file first.</source>
        <translation>먼저 받는 사람 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="263"/>
        <source>Choose a template first.</source>
        <translation>먼저 템플릿을 고르세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="277"/>
        <source>The sender is not set yet (Template page): %1</source>
        <translation>보낸 사람이 아직 설정되지 않았습니다 (템플릿 화면): %1</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="283"/>
        <source>This row will not be sent: %1</source>
        <translation>이 행은 발송되지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="321"/>
        <source>Type the address to send the test to.</source>
        <translation>테스트 메일을 받을 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="329"/>
        <source>Sending to %1…</source>
        <translation>%1(으)로 보내는 중…</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="344"/>
        <source>Sent to %1. Message id: %2</source>
        <translation>%1(으)로 보냈습니다. 메시지 ID: %2</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../dialogs/profile_form.py" line="51"/>
        <source>Local outbox (test run)</source>
        <translation>로컬 보관함 (시험 실행)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="52"/>
        <source>Amazon SES (API)</source>
        <translation>Amazon SES (API)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="53"/>
        <location filename="../dialogs/profile_form.py" line="100"/>
        <source>SMTP server</source>
        <translation>SMTP 서버</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="60"/>
        <source>Name &lt;news@example.com&gt;</source>
        <translation>이름 &lt;news@example.com&gt;</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="63"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="64"/>
        <source>Sends through:</source>
        <translation>발송 방법:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="65"/>
        <source>Default From:</source>
        <translation>기본 보낸 사람:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="66"/>
        <source>Default Reply-To:</source>
        <translation>기본 회신 주소:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="68"/>
        <source>saved only in the system keyring</source>
        <translation>시스템 키링에만 저장됩니다</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="70"/>
        <source>e.g. ap-northeast-2 (Seoul)</source>
        <translation>예: ap-northeast-2 (서울)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="72"/>
        <source>optional: a profile from ~/.aws/credentials</source>
        <translation>선택 사항: ~/.aws/credentials의 프로필</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="76"/>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="78"/>
        <source>optional; “Set up tracking” fills it</source>
        <translation>선택 사항; ‘추적 설정’이 채워 줍니다</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="79"/>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="81"/>
        <source>Region:</source>
        <translation>리전:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="82"/>
        <source>AWS profile:</source>
        <translation>AWS 프로필:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="83"/>
        <source>Access key ID:</source>
        <translation>액세스 키 ID:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="84"/>
        <source>Secret access key:</source>
        <translation>비밀 액세스 키:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="85"/>
        <source>Configuration set:</source>
        <translation>구성 세트:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="86"/>
        <source>Endpoint URL:</source>
        <translation>엔드포인트 URL:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="89"/>
        <source>e.g. email-smtp.ap-northeast-2.amazonaws.com</source>
        <translation>예: email-smtp.ap-northeast-2.amazonaws.com</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="94"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="94"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="94"/>
        <source>None (local only)</source>
        <translation>없음 (로컬 전용)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="102"/>
        <source>Host:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="103"/>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="104"/>
        <source>Security:</source>
        <translation>보안:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="105"/>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="106"/>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="109"/>
        <source>default: the app&apos;s data folder</source>
        <translation>기본값: 앱 데이터 폴더</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="110"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="115"/>
        <source>Local outbox</source>
        <translation>로컬 보관함</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="117"/>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="120"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="121"/>
        <source> per second</source>
        <translation> / 초</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="123"/>
        <source> per 24 hours</source>
        <translation> / 24시간</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="124"/>
        <source>no daily limit</source>
        <translation>일일 한도 없음</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="129"/>
        <source>Sending limits</source>
        <translation>발송 한도</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="131"/>
        <source>Rate:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="132"/>
        <source>Daily:</source>
        <translation>하루:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="143"/>
        <source>Outbox folder</source>
        <translation>보관함 폴더</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../models/states.py" line="141"/>
        <source>Paused by you.</source>
        <translation>사용자가 일시 중지했습니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="143"/>
        <source>Cancelled by you; the rest can be sent later with resume.</source>
        <translation>사용자가 취소했습니다. 나머지는 나중에 재개하여 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="147"/>
        <source>Paused: %1 messages in a row failed. Last error: %2</source>
        <translation>일시 중지: 메시지 %1개가 연속으로 실패했습니다. 마지막 오류: %2</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="152"/>
        <source>Paused: %1 of the last %2 messages failed. Last error: %3</source>
        <translation>일시 중지: 최근 메시지 %2개 중 %1개가 실패했습니다. 마지막 오류: %3</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="161"/>
        <source>One message failed %1 times in a row: %2</source>
        <translation>메시지 하나가 %1번 연속 실패했습니다: %2</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="164"/>
        <source>Paused: %1 of %2 messages bounced (%3); Amazon SES reviews accounts above 5%. Check the list before resuming.</source>
        <translation>일시 중지: 메시지 %2개 중 %1개가 반송되었습니다(%3). Amazon SES는 반송률이 5%를 넘는 계정을 검토합니다. 재개하기 전에 목록을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="171"/>
        <source>Paused: %1 of %2 recipients complained (%3); Amazon SES reviews accounts above 0.1%. Check the list before resuming.</source>
        <translation>일시 중지: 수신자 %2명 중 %1명이 스팸 신고를 했습니다(%3). Amazon SES는 신고율이 0.1%를 넘는 계정을 검토합니다. 재개하기 전에 목록을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="178"/>
        <source>Paused because Bulk Mailer was closed; resume it to send the rest.</source>
        <translation>Bulk Mailer가 닫혀서 일시 중지했습니다. 나머지를 보내려면 재개하세요.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="182"/>
        <source>Stopped by Ctrl-C.</source>
        <translation>Ctrl-C로 중지했습니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="184"/>
        <source>Not confirmed: nothing was sent.</source>
        <translation>확인하지 않아 아무것도 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>RecipientModel</name>
    <message>
        <location filename="../models/states.py" line="68"/>
        <source>valid</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="69"/>
        <location filename="../models/states.py" line="116"/>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="70"/>
        <source>invalid</source>
        <translation>잘못됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="71"/>
        <source>duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="72"/>
        <location filename="../models/states.py" line="126"/>
        <source>suppressed</source>
        <translation>발송 제외</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="73"/>
        <source>pending</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="74"/>
        <source>sending</source>
        <translation>발송 중</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="75"/>
        <source>sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="76"/>
        <source>delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="77"/>
        <source>bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="78"/>
        <source>soft bounce</source>
        <translation>일시 반송</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="79"/>
        <source>complained</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="80"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="81"/>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="82"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="122"/>
        <source>duplicate of line %1</source>
        <translation>%1행과 중복</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="130"/>
        <source>The app stopped while this message was being sent; it may or may not have gone out.</source>
        <translation>이 메시지를 보내는 중에 앱이 멈췄습니다. 발송되었을 수도 있고 아닐 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="118"/>
        <source>invalid address: %1</source>
        <translation>잘못된 주소: %1</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="128"/>
        <source>not a verified address (SES sandbox)</source>
        <translation>인증되지 않은 주소 (SES 샌드박스)</translation>
    </message>
    <message>
        <location filename="../models/recipients.py" line="111"/>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <location filename="../models/recipients.py" line="112"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../models/recipients.py" line="114"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../pages/recipients_page.py" line="75"/>
        <source>Open file…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="77"/>
        <source>No file open</source>
        <translation>열린 파일 없음</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="82"/>
        <source>Character encoding of the file</source>
        <translation>파일의 문자 인코딩</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="86"/>
        <source>The column that holds the e-mail addresses</source>
        <translation>이메일 주소가 들어 있는 열</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="92"/>
        <source>Encoding:</source>
        <translation>인코딩:</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="94"/>
        <source>E-mail column:</source>
        <translation>이메일 열:</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="100"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="105"/>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="125"/>
        <source>Search e-mail, name, any column…</source>
        <translation>이메일, 이름 등 모든 열에서 검색…</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="141"/>
        <source>Drop a CSV, TSV or Excel file here, or click “Open file…”.
The first row must hold the column names; one column holds e-mail addresses.</source>
        <translation>CSV, TSV 또는 엑셀 파일을 여기에 끌어다 놓거나 ‘파일 열기…’를 누르세요.
첫 줄에는 열 이름이 있어야 하고, 한 열에는 이메일 주소가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="161"/>
        <source>Auto-detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="162"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="163"/>
        <source>Korean (CP949 / EUC-KR)</source>
        <translation>한국어 (CP949 / EUC-KR)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="164"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="165"/>
        <source>Western (Latin-1)</source>
        <translation>서유럽어 (Latin-1)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="174"/>
        <source>Open recipients</source>
        <translation>받는 사람 파일 열기</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="176"/>
        <source>Recipient tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>받는 사람 표 (*.csv *.tsv *.txt *.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="196"/>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="235"/>
        <source>Cannot open the recipients</source>
        <translation>받는 사람 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="284"/>
        <source>Valid</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="285"/>
        <source>Invalid</source>
        <translation>잘못됨</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="286"/>
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="287"/>
        <source>Suppressed</source>
        <translation>발송 제외</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="288"/>
        <source>Empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="293"/>
        <source>Click to show only these rows; click again to show all</source>
        <translation>누르면 이 행만 보여 주고, 다시 누르면 모두 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="295"/>
        <source>%1 rows</source>
        <translation>%1행</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="298"/>
        <source>showing %1</source>
        <translation>%1행 표시 중</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../pages/send_review.py" line="119"/>
        <source>Review &amp; send</source>
        <translation>검토 및 발송</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="128"/>
        <source>Resume it</source>
        <translation>재개하기</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="137"/>
        <source>e.g. June newsletter</source>
        <translation>예: 6월 뉴스레터</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="144"/>
        <source>This campaign</source>
        <translation>이 캠페인</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="146"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="147"/>
        <source>Recipients to send:</source>
        <translation>발송할 받는 사람:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="148"/>
        <source>Estimated time:</source>
        <translation>예상 소요 시간:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="149"/>
        <source>Daily quota:</source>
        <translation>일일 할당량:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="150"/>
        <source>Sending through:</source>
        <translation>발송 방법:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="159"/>
        <source>Before you can send</source>
        <translation>발송하기 전에</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="164"/>
        <source>I have checked the preview, the sender and the recipients</source>
        <translation>미리보기, 보낸 사람, 받는 사람을 모두 확인했습니다</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="167"/>
        <source>Start sending</source>
        <translation>발송 시작</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="202"/>
        <source>Go to Recipients</source>
        <translation>받는 사람으로 이동</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="202"/>
        <source>Go to Template</source>
        <translation>템플릿으로 이동</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="223"/>
        <source> (%1 unverified skipped)</source>
        <translation> (인증 안 된 %1건 건너뜀)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="226"/>
        <location filename="../pages/send_review.py" line="273"/>
        <source>unknown until the account answers</source>
        <translation>계정 응답 전까지 알 수 없음</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="228"/>
        <source>no rate limit: as fast as the server accepts</source>
        <translation>속도 제한 없음: 서버가 받는 만큼 빠르게</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="231"/>
        <source>about %1 at %2 per second</source>
        <translation>초당 %2건으로 약 %1</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="257"/>
        <source>local outbox (nothing leaves this computer)</source>
        <translation>로컬 보관함 (이 컴퓨터 밖으로 나가지 않음)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="260"/>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="261"/>
        <source>SMTP server</source>
        <translation>SMTP 서버</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="264"/>
        <source>%1 — profile “%2”</source>
        <translation>%1 — 프로필 “%2”</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="275"/>
        <source>no daily limit (%1 sent in the last 24 hours)</source>
        <translation>일일 한도 없음 (최근 24시간 동안 %1건 발송)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="278"/>
        <source>%1 left of %2 for the last 24 hours</source>
        <translation>최근 24시간 기준 %2건 중 %1건 남음</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="285"/>
        <source>never (the daily quota is 0)</source>
        <translation>끝나지 않음 (일일 할당량이 0)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="289"/>
        <source>Not enough for everyone today: the campaign waits for the quota to free up and would finish around %1.</source>
        <translation>오늘 할당량으로는 모두에게 보낼 수 없습니다. 캠페인은 할당량이 다시 생길 때까지 기다리며, %1쯤 끝날 예정입니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="298"/>
        <source>&lt;b&gt;Your SES account is in the sandbox.&lt;/b&gt; It sends only to verified addresses; unverified recipients are skipped (%1 of them in this list). To send to everyone, request production access in the SES console (Account dashboard → Request production access); Amazon usually answers within a day.</source>
        <translation>&lt;b&gt;SES 계정이 샌드박스 상태입니다.&lt;/b&gt; 인증된 주소로만 보낼 수 있어 인증되지 않은 받는 사람은 건너뜁니다(이 목록에서 %1명). 모두에게 보내려면 SES 콘솔에서 프로덕션 액세스를 요청하세요(계정 대시보드 → 프로덕션 액세스 요청). Amazon은 보통 하루 안에 답변합니다.</translation>
    </message>
</context>
<context>
    <name>SendChart</name>
    <message>
        <location filename="../widgets/send_chart.py" line="36"/>
        <source>Sent per second</source>
        <translation>초당 발송</translation>
    </message>
    <message>
        <location filename="../widgets/send_chart.py" line="37"/>
        <source>Delivered (total)</source>
        <translation>전달됨 (누적)</translation>
    </message>
    <message>
        <location filename="../widgets/send_chart.py" line="38"/>
        <source>Bounced (total)</source>
        <translation>반송됨 (누적)</translation>
    </message>
    <message>
        <location filename="../widgets/send_chart.py" line="42"/>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../widgets/send_chart.py" line="46"/>
        <source>Per second</source>
        <translation>초당</translation>
    </message>
    <message>
        <location filename="../widgets/send_chart.py" line="49"/>
        <source>Messages</source>
        <translation>메일 수</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../pages/send_page.py" line="106"/>
        <source>No recipients: open a recipient file.</source>
        <translation>받는 사람이 없습니다: 받는 사람 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="108"/>
        <source>The recipient file has no valid address.</source>
        <translation>받는 사람 파일에 올바른 주소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="110"/>
        <source>No template: pick a template folder.</source>
        <translation>템플릿이 없습니다: 템플릿 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="112"/>
        <source>No sender: fill in the From address on the Template step.</source>
        <translation>보낸 사람이 없습니다: 템플릿 단계에서 보낸 사람 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="121"/>
        <source>The template uses %1, which the recipient file has no column for.</source>
        <translation>템플릿이 %1을(를) 사용하지만 받는 사람 파일에 해당 열이 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="174"/>
        <source>Bulk Mailer</source>
        <translation>Bulk Mailer</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="175"/>
        <source>Another campaign is sending. Wait for it to end, or pause and cancel it.</source>
        <translation>다른 캠페인이 발송 중입니다. 끝날 때까지 기다리거나, 일시 중지한 뒤 취소하세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="180"/>
        <source>Campaign %1</source>
        <translation>캠페인 %1</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="274"/>
        <source>A campaign is sending</source>
        <translation>캠페인 발송 중</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="276"/>
        <source>Stop sending and quit? The campaign is paused safely: nothing is lost or sent twice, and you can resume it when you open Bulk Mailer again.</source>
        <translation>발송을 멈추고 종료할까요? 캠페인은 안전하게 일시 중지됩니다. 잃어버리거나 두 번 보내는 메일은 없으며, Bulk Mailer를 다시 열면 이어서 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="303"/>
        <source>Unfinished campaign</source>
        <translation>끝나지 않은 캠페인</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="305"/>
        <source>The campaign “%1” stopped before the end: %2 messages are not sent yet. Resume it now?</source>
        <translation>캠페인 “%1”이(가) 끝나기 전에 멈췄습니다. 아직 보내지 않은 메일이 %2통 있습니다. 지금 이어서 보낼까요?</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="319"/>
        <source>“%1” did not finish: %2 messages are not sent yet.</source>
        <translation>“%1”이(가) 끝나지 않았습니다: 아직 보내지 않은 메일이 %2통 있습니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="322"/>
        <source>(%1 more unfinished on the Campaigns page.)</source>
        <translation>(캠페인 화면에 끝나지 않은 캠페인이 %1개 더 있습니다.)</translation>
    </message>
</context>
<context>
    <name>SenderPanel</name>
    <message>
        <location filename="../widgets/sender_panel.py" line="27"/>
        <source>Sender</source>
        <translation>보낸 사람</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="30"/>
        <source>e.g. Hana Flower Shop</source>
        <translation>예: 하나 꽃집</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="37"/>
        <source>news@example.com</source>
        <translation>news@example.com</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="39"/>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="42"/>
        <source>https://… or mailto:… (several: separate with spaces)</source>
        <translation>https://… 또는 mailto:… (여러 개는 공백으로 구분)</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="51"/>
        <source>From name:</source>
        <translation>보낸 사람 이름:</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="52"/>
        <source>From address:</source>
        <translation>보낸 사람 주소:</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="53"/>
        <source>Reply-To:</source>
        <translation>회신 주소:</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="54"/>
        <source>Unsubscribe:</source>
        <translation>수신 거부:</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="76"/>
        <source>Any address at a verified domain works: %1</source>
        <translation>인증된 도메인의 주소는 모두 사용할 수 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="113"/>
        <source>Enter the address your newsletter comes from.</source>
        <translation>뉴스레터를 보내는 주소를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../pages/template_page.py" line="90"/>
        <source>Open in editor</source>
        <translation>편집기에서 열기</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="91"/>
        <source>Open the file shown below in your editor</source>
        <translation>아래에 보이는 파일을 편집기에서 엽니다</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="93"/>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="98"/>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="120"/>
        <source>Variables</source>
        <translation>변수</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="160"/>
        <source>Other folder…</source>
        <translation>다른 폴더…</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="167"/>
        <source>Choose a template folder</source>
        <translation>템플릿 폴더 선택</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="253"/>
        <source>Choose a template to see its variables.</source>
        <translation>템플릿을 고르면 변수를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="266"/>
        <source>No column of the recipients file is called this</source>
        <translation>받는 사람 파일에 이 이름의 열이 없습니다</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="272"/>
        <source>Built in: filled in by Bulk Mailer</source>
        <translation>기본 제공: Bulk Mailer가 채워 줍니다</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="275"/>
        <source>Open a recipients file to check these against its columns.</source>
        <translation>받는 사람 파일을 열면 열 이름과 맞는지 확인합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/template_page.py" line="277"/>
        <source>%n variable(s) have no matching column: %1</source>
        <translation>
            <numerusform>변수 %n개에 맞는 열이 없습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="280"/>
        <source>Every variable has a matching column.</source>
        <translation>모든 변수에 맞는 열이 있습니다.</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <location filename="../ops/account.py" line="35"/>
        <location filename="../ops/account.py" line="40"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="44"/>
        <source>Sending rate: %1</source>
        <translation>발송 속도: %1</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="46"/>
        <source>Daily quota: %1 (%2 sent in the last 24 hours)</source>
        <translation>일일 할당량: %1 (최근 24시간 동안 %2건 발송)</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="52"/>
        <source>Production access: sending to anyone</source>
        <translation>프로덕션 액세스: 누구에게나 발송 가능</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="54"/>
        <source>Sandbox: only verified addresses and the mailbox simulator receive mail</source>
        <translation>샌드박스: 인증된 주소와 메일박스 시뮬레이터만 메일을 받습니다</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="60"/>
        <source>Sending is PAUSED for this account (%1).</source>
        <translation>이 계정은 발송이 일시 중지되었습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="66"/>
        <source>Identities:</source>
        <translation>자격 증명(ID):</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="68"/>
        <source>No verified identities yet.</source>
        <translation>아직 인증된 자격 증명(ID)이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="72"/>
        <source>verified</source>
        <translation>인증됨</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="74"/>
        <source>not verified</source>
        <translation>인증 안 됨</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="80"/>
        <source>SMTP limits are the ones set in this profile; send a test message from the preview to check the server and password.</source>
        <translation>SMTP 한도는 이 프로필에 설정한 값입니다. 서버와 비밀번호를 확인하려면 미리보기에서 테스트 메일을 보내 보세요.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="54"/>
        <source>Bulk Mailer</source>
        <translation>Bulk Mailer</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../pages/placeholder.py" line="57"/>
        <source>Review &amp; send</source>
        <translation>검토 및 발송</translation>
    </message>
    <message>
        <location filename="../pages/placeholder.py" line="58"/>
        <source>Here you will check the campaign before it starts (recipients, estimated time, today&apos;s quota, sandbox warnings), start it, and follow it live: pause, resume or cancel, counters, the sending rate and a chart.</source>
        <translation>여기에서 캠페인을 시작하기 전에 확인하고(받는 사람 수, 예상 소요 시간, 오늘 남은 할당량, 샌드박스 경고) 시작한 뒤 실시간으로 지켜볼 수 있습니다: 일시 중지, 재개, 취소, 집계, 발송 속도, 차트.</translation>
    </message>
    <message>
        <location filename="../pages/placeholder.py" line="66"/>
        <source>Campaigns</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <location filename="../pages/placeholder.py" line="67"/>
        <source>Here you will find every past and unfinished campaign with its counts, see what happened to each recipient, resume a campaign and export the results.</source>
        <translation>여기에서 지난 캠페인과 끝나지 않은 캠페인을 집계와 함께 보고, 받는 사람별 결과를 확인하고, 캠페인을 재개하고, 결과를 내보낼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>send_format</name>
    <message>
        <location filename="../models/formats.py" line="18"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../models/formats.py" line="21"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../models/formats.py" line="24"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../models/formats.py" line="28"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../models/formats.py" line="34"/>
        <source>%1 days %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="91"/>
        <source>Sending</source>
        <translation>발송 중</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="92"/>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="93"/>
        <source>Waiting for quota</source>
        <translation>할당량 대기 중</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="96"/>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="97"/>
        <source>Stopped (resumable)</source>
        <translation>멈춤 (재개 가능)</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="100"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="101"/>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
</context>
<context>
    <name>test_send</name>
    <message>
        <location filename="../ops/trial_send.py" line="35"/>
        <source>This account is in the SES sandbox, which only delivers to verified addresses and the mailbox simulator. Verify %1 first (Settings → Account), or pick a verified address.</source>
        <translation>이 계정은 SES 샌드박스 상태라서 인증된 주소와 메일박스 시뮬레이터에만 발송합니다. 먼저 %1을(를) 인증하거나(설정 → 계정) 인증된 주소를 고르세요.</translation>
    </message>
</context>
</TS>
