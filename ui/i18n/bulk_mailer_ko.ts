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
        <location filename="../dialogs/account_dialog.py" line="52"/>
        <source>Account and profiles</source>
        <translation>계정 및 프로필</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="64"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="66"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="68"/>
        <source>Use this profile</source>
        <translation>이 프로필 사용</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="73"/>
        <source>Profiles (bold = in use):</source>
        <translation>프로필 (굵게 = 사용 중):</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="87"/>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="89"/>
        <source>Set up tracking</source>
        <translation>추적 설정</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="92"/>
        <source>Create the SES configuration set, SNS topic and SQS queue that report deliveries, bounces and complaints back to Bulk Mailer</source>
        <translation>전달, 반송, 스팸 신고를 Bulk Mailer에 알려 주는 SES 구성 세트, SNS 주제, SQS 대기열을 만듭니다</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="98"/>
        <source>address to verify</source>
        <translation>인증할 주소</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="99"/>
        <source>Verify address</source>
        <translation>주소 인증</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="109"/>
        <source>“Test connection” shows the sending limits, sandbox status and identities.</source>
        <translation>‘연결 테스트’를 누르면 발송 한도, 샌드박스 여부, 자격 증명(ID)을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="181"/>
        <source>this profile</source>
        <translation>이 프로필</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="187"/>
        <source>There is already a profile with that name.</source>
        <translation>같은 이름의 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="266"/>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="283"/>
        <source>Setting up tracking… (this takes a few seconds)</source>
        <translation>추적을 설정하는 중… (몇 초 걸립니다)</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="297"/>
        <source>Tracking is set up: configuration set %1, queue %2. Click OK to keep it.</source>
        <translation>추적이 설정되었습니다: 구성 세트 %1, 대기열 %2. 유지하려면 확인을 누르세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="306"/>
        <source>Type the e-mail address to verify.</source>
        <translation>인증할 이메일 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="309"/>
        <source>Asking Amazon SES to verify %1…</source>
        <translation>Amazon SES에 %1 인증을 요청하는 중…</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="321"/>
        <source>Amazon SES sent a confirmation link to %1. Open it, then test the connection again to see the address as verified.</source>
        <translation>Amazon SES가 %1(으)로 확인 링크를 보냈습니다. 링크를 연 뒤 연결 테스트를 다시 하면 인증된 주소로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="349"/>
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
        <location filename="../models/campaigns.py" line="95"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="96"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="97"/>
        <source>Created</source>
        <translation>만든 날짜</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="98"/>
        <location filename="../models/campaigns.py" line="181"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="99"/>
        <source>Sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="100"/>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="101"/>
        <source>Bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="102"/>
        <source>Complaints</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="103"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="104"/>
        <source>Unknown</source>
        <translation>확인 불가</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="105"/>
        <source>Not sent yet</source>
        <translation>미발송</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="106"/>
        <source>Total</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="179"/>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="180"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="182"/>
        <source>Error or reason</source>
        <translation>오류 또는 사유</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="183"/>
        <source>Message ID</source>
        <translation>메시지 ID</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="184"/>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="185"/>
        <source>Updated</source>
        <translation>갱신 시각</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../pages/campaigns_page.py" line="72"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="88"/>
        <location filename="../pages/campaigns_page.py" line="190"/>
        <source>Choose a campaign above to see its recipients.</source>
        <translation>위에서 캠페인을 고르면 받는 사람별 결과가 보입니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="91"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="92"/>
        <source>Send the messages that are not sent yet</source>
        <translation>아직 보내지 않은 메일을 보냅니다</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="94"/>
        <source>Resend unknown…</source>
        <translation>확인 불가 재발송…</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="96"/>
        <source>Send again the messages the app was sending when it stopped</source>
        <translation>앱이 멈췄을 때 보내는 중이던 메일을 다시 보냅니다</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="99"/>
        <source>Export results…</source>
        <translation>결과 내보내기…</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="119"/>
        <source>Events of the selected recipient:</source>
        <translation>선택한 받는 사람의 이벤트:</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="163"/>
        <source>%1 campaigns</source>
        <translation>캠페인 %1개</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="165"/>
        <source>%1 unfinished</source>
        <translation>미완료 %1개</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="230"/>
        <source>No delivery events for this recipient.</source>
        <translation>이 받는 사람에 대한 전달 이벤트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="235"/>
        <source>Accepted by SES</source>
        <translation>SES가 접수함</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="236"/>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="237"/>
        <source>Bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="238"/>
        <source>Complaint</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="239"/>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="240"/>
        <source>Delivery delayed</source>
        <translation>전달 지연</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="241"/>
        <source>Rendering failed</source>
        <translation>렌더링 실패</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="242"/>
        <source>Opened</source>
        <translation>열람함</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="243"/>
        <source>Clicked</source>
        <translation>링크 클릭</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="244"/>
        <source>Subscription changed</source>
        <translation>구독 설정 변경</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="277"/>
        <source>Resend unknown messages?</source>
        <translation>확인 불가 메일을 다시 보낼까요?</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="279"/>
        <source>%1 messages were being sent when the app stopped. Bulk Mailer cannot tell whether they went out. If you send them again, some recipients may get the same message twice. Resend them?</source>
        <translation>앱이 멈췄을 때 메일 %1건을 보내는 중이었습니다. 이 메일이 실제로 나갔는지는 Bulk Mailer가 알 수 없습니다. 다시 보내면 일부 받는 사람이 같은 메일을 두 번 받을 수 있습니다. 다시 보낼까요?</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="293"/>
        <location filename="../pages/campaigns_page.py" line="311"/>
        <source>Export results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="293"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="312"/>
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
        <location filename="../errors.py" line="92"/>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <location filename="../errors.py" line="96"/>
        <source>Something went wrong inside Bulk Mailer. Your campaigns are saved; you can keep working. Please copy the report below and send it to whoever supports Bulk Mailer for you. It contains no passwords or keys.</source>
        <translation>Bulk Mailer 내부에서 문제가 발생했습니다. 캠페인은 저장되어 있으니 계속 작업하셔도 됩니다. 아래 보고서를 복사해서 Bulk Mailer 지원 담당자에게 보내 주세요. 보고서에는 비밀번호나 키가 들어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="106"/>
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
        <location filename="../main_window.py" line="39"/>
        <source>Bulk Mailer</source>
        <translation>Bulk Mailer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61"/>
        <source>1  Recipients</source>
        <translation>1  받는 사람</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="62"/>
        <source>2  Template</source>
        <translation>2  템플릿</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="63"/>
        <source>3  Review &amp; send</source>
        <translation>3  검토 및 발송</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="64"/>
        <source>Campaigns</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="65"/>
        <source>Set up Amazon SES</source>
        <translation>Amazon SES 설정</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="75"/>
        <source>Preview &amp;&amp; test…</source>
        <translation>미리보기 및 테스트…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="76"/>
        <source>See a recipient&apos;s message and send it as a test</source>
        <translation>받는 사람별 메일을 확인하고 테스트로 보내 봅니다</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107"/>
        <source>Open &amp;recipients…</source>
        <translation>받는 사람 파일 열기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>Recent recipient files</source>
        <translation>최근 받는 사람 파일</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>Open &amp;template folder…</source>
        <translation>템플릿 폴더 열기(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115"/>
        <source>&amp;Preview and test send…</source>
        <translation>미리보기 및 테스트 발송(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125"/>
        <source>&amp;Account and profiles…</source>
        <translation>계정 및 프로필(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>Set up Amazon &amp;SES…</source>
        <translation>Amazon SES 설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>Active &amp;profile</source>
        <translation>사용 중인 프로필(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146"/>
        <source>Open &amp;log folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>&amp;About Bulk Mailer</source>
        <translation>Bulk Mailer 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="217"/>
        <source>The new language is used from the next start. Restart Bulk Mailer now?</source>
        <translation>새 언어는 다음 실행부터 적용됩니다. 지금 Bulk Mailer를 다시 시작할까요?</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="112"/>
        <source>Preview and test send</source>
        <translation>미리보기 및 테스트 발송</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="118"/>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="120"/>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="123"/>
        <source>Find by e-mail…</source>
        <translation>이메일로 찾기…</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="128"/>
        <source>Recipient (data row):</source>
        <translation>받는 사람 (데이터 행):</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="148"/>
        <source>From:</source>
        <translation>보낸 사람:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="149"/>
        <source>To:</source>
        <translation>받는 사람:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="150"/>
        <source>Subject:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="151"/>
        <source>Size:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="161"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="162"/>
        <source>Plain text</source>
        <translation>일반 텍스트</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="163"/>
        <source>Raw MIME</source>
        <translation>원본 MIME</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="170"/>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="171"/>
        <source>Send test</source>
        <translation>테스트 발송</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="177"/>
        <source>Send this message as a test to:</source>
        <translation>이 메일을 테스트로 보낼 주소:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="204"/>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="228"/>
        <source>No recipient address contains “%1”.</source>
        <translation>“%1”이(가) 들어간 받는 사람 주소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="264"/>
        <source>Open a recipients file first.</source>
        <translation>먼저 받는 사람 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="266"/>
        <source>Choose a template first.</source>
        <translation>먼저 템플릿을 고르세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="280"/>
        <source>The sender is not set yet (Template page): %1</source>
        <translation>보낸 사람이 아직 설정되지 않았습니다 (템플릿 화면): %1</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="286"/>
        <source>This row will not be sent: %1</source>
        <translation>이 행은 발송되지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="326"/>
        <source>Type the address to send the test to.</source>
        <translation>테스트 메일을 받을 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="334"/>
        <source>Sending to %1…</source>
        <translation>%1(으)로 보내는 중…</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="349"/>
        <source>Sent to %1. Message id: %2</source>
        <translation>%1(으)로 보냈습니다. 메시지 ID: %2</translation>
    </message>
</context>
<context>
    <name>ProductionDialog</name>
    <message>
        <location filename="../dialogs/production_dialog.py" line="41"/>
        <location filename="../dialogs/production_dialog.py" line="112"/>
        <location filename="../dialogs/production_dialog.py" line="136"/>
        <source>Request production access</source>
        <translation>프로덕션 액세스 요청</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="45"/>
        <source>AWS reviews this request and usually answers within a day. Until then the account stays in the sandbox (verified addresses only, 200 messages a day).</source>
        <translation>AWS가 이 요청을 검토하며 보통 하루 안에 답합니다. 그때까지 계정은 샌드박스에 머뭅니다(인증된 주소에만, 하루 200통).</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="51"/>
        <source>Marketing (newsletters, offers)</source>
        <translation>마케팅 (소식지, 할인 안내)</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="52"/>
        <source>Transactional (orders, accounts)</source>
        <translation>트랜잭션 (주문, 계정 알림)</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="57"/>
        <source>AWS reviews requests in English or Japanese only, so write the use case in English. Replace the parts in brackets.</source>
        <translation>AWS는 영어나 일본어로 된 요청만 검토하므로 사용 사례는 영어로 쓰세요. 괄호 안의 부분을 바꿔 쓰세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="66"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="67"/>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="69"/>
        <source>SES accepts only English or Japanese as the language AWS writes to you in.</source>
        <translation>AWS가 연락할 때 쓰는 언어로 SES는 영어와 일본어만 받습니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="73"/>
        <source>optional: up to 4 addresses, comma-separated</source>
        <translation>선택: 최대 4개 주소, 쉼표로 구분</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="75"/>
        <source>Mail type:</source>
        <translation>메일 유형:</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="76"/>
        <source>Website URL:</source>
        <translation>웹사이트 URL:</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="77"/>
        <source>Use case:</source>
        <translation>사용 사례:</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="79"/>
        <source>Contact language:</source>
        <translation>연락 언어:</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="81"/>
        <source>Extra contacts:</source>
        <translation>추가 연락처:</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="86"/>
        <source>Send request</source>
        <translation>요청 보내기</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="115"/>
        <source>Sending the request to AWS…</source>
        <translation>AWS에 요청을 보내는 중…</translation>
    </message>
    <message>
        <location filename="../dialogs/production_dialog.py" line="126"/>
        <source>Request sent. Review status: %1, case %2.</source>
        <translation>요청을 보냈습니다. 검토 상태: %1, 케이스 %2.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../dialogs/profile_form.py" line="62"/>
        <source>Local outbox (test run)</source>
        <translation>로컬 보관함 (시험 실행)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="63"/>
        <source>Amazon SES (API)</source>
        <translation>Amazon SES (API)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="64"/>
        <location filename="../dialogs/profile_form.py" line="111"/>
        <source>SMTP server</source>
        <translation>SMTP 서버</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="71"/>
        <source>Name &lt;news@example.com&gt;</source>
        <translation>이름 &lt;news@example.com&gt;</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="74"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="75"/>
        <source>Sends through:</source>
        <translation>발송 방법:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="76"/>
        <source>Default From:</source>
        <translation>기본 보낸 사람:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="77"/>
        <source>Default Reply-To:</source>
        <translation>기본 회신 주소:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="79"/>
        <source>saved only in the system keyring</source>
        <translation>시스템 키링에만 저장됩니다</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="81"/>
        <source>e.g. ap-northeast-2 (Seoul)</source>
        <translation>예: ap-northeast-2 (서울)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="83"/>
        <source>optional: a profile from ~/.aws/credentials</source>
        <translation>선택 사항: ~/.aws/credentials의 프로필</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="87"/>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="89"/>
        <source>optional; “Set up tracking” fills it</source>
        <translation>선택 사항; ‘추적 설정’이 채워 줍니다</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="90"/>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="92"/>
        <location filename="../dialogs/profile_form.py" line="178"/>
        <source>Region:</source>
        <translation>리전:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="93"/>
        <source>AWS profile:</source>
        <translation>AWS 프로필:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="94"/>
        <location filename="../dialogs/profile_form.py" line="176"/>
        <source>Access key ID:</source>
        <translation>액세스 키 ID:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="95"/>
        <location filename="../dialogs/profile_form.py" line="177"/>
        <source>Secret access key:</source>
        <translation>비밀 액세스 키:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="96"/>
        <source>Configuration set:</source>
        <translation>구성 세트:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="97"/>
        <source>Endpoint URL:</source>
        <translation>엔드포인트 URL:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="100"/>
        <source>e.g. email-smtp.ap-northeast-2.amazonaws.com</source>
        <translation>예: email-smtp.ap-northeast-2.amazonaws.com</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="105"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="105"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="105"/>
        <source>None (local only)</source>
        <translation>없음 (로컬 전용)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="113"/>
        <source>Host:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="114"/>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="115"/>
        <source>Security:</source>
        <translation>보안:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="116"/>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="117"/>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="121"/>
        <source>default: the app&apos;s data folder</source>
        <translation>기본값: 앱 데이터 폴더</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="122"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="127"/>
        <source>Local outbox</source>
        <translation>로컬 보관함</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="129"/>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="132"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="133"/>
        <source> per second</source>
        <translation> / 초</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="135"/>
        <source> per 24 hours</source>
        <translation> / 24시간</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="136"/>
        <source>no daily limit</source>
        <translation>일일 한도 없음</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="141"/>
        <source>Sending limits</source>
        <translation>발송 한도</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="143"/>
        <source>Rate:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="144"/>
        <source>Daily:</source>
        <translation>하루:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="155"/>
        <source>Amazon SES: fill these settings from an AWS access key</source>
        <translation>Amazon SES: AWS 액세스 키로 이 설정 채우기</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="158"/>
        <source>The user name becomes the access key ID, the host the region&apos;s SES SMTP endpoint (port 587, STARTTLS), and the password is derived from the secret access key and stored only in the system keyring. The IAM user needs the ses:SendRawEmail permission.</source>
        <translation>사용자 이름은 액세스 키 ID, 호스트는 리전의 SES SMTP 엔드포인트(포트 587, STARTTLS)가 되고, 비밀번호는 보안 액세스 키에서 만들어져 시스템 키링에만 저장됩니다. IAM 사용자에게 ses:SendRawEmail 권한이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="168"/>
        <source>used once, not stored</source>
        <translation>한 번만 쓰고 저장하지 않음</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="172"/>
        <source>Fill SMTP settings</source>
        <translation>SMTP 설정 채우기</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="195"/>
        <source>Paste the IAM user&apos;s access key ID and secret access key.</source>
        <translation>IAM 사용자의 액세스 키 ID와 보안 액세스 키를 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="219"/>
        <source>Outbox folder</source>
        <translation>보관함 폴더</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../models/states.py" line="145"/>
        <source>Paused by you.</source>
        <translation>사용자가 일시 중지했습니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="147"/>
        <source>Cancelled by you; the rest can be sent later with resume.</source>
        <translation>사용자가 취소했습니다. 나머지는 나중에 재개하여 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="151"/>
        <source>Paused: %1 messages in a row failed. Last error: %2</source>
        <translation>일시 중지: 메시지 %1개가 연속으로 실패했습니다. 마지막 오류: %2</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="156"/>
        <source>Paused: %1 of the last %2 messages failed. Last error: %3</source>
        <translation>일시 중지: 최근 메시지 %2개 중 %1개가 실패했습니다. 마지막 오류: %3</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="165"/>
        <source>One message failed %1 times in a row: %2</source>
        <translation>메시지 하나가 %1번 연속 실패했습니다: %2</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="168"/>
        <source>Paused: %1 of %2 messages bounced (%3); Amazon SES reviews accounts above 5%. Check the list before resuming.</source>
        <translation>일시 중지: 메시지 %2개 중 %1개가 반송되었습니다(%3). Amazon SES는 반송률이 5%를 넘는 계정을 검토합니다. 재개하기 전에 목록을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="175"/>
        <source>Paused: %1 of %2 recipients complained (%3); Amazon SES reviews accounts above 0.1%. Check the list before resuming.</source>
        <translation>일시 중지: 수신자 %2명 중 %1명이 스팸 신고를 했습니다(%3). Amazon SES는 신고율이 0.1%를 넘는 계정을 검토합니다. 재개하기 전에 목록을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="182"/>
        <source>Paused because Bulk Mailer was closed; resume it to send the rest.</source>
        <translation>Bulk Mailer가 닫혀서 일시 중지했습니다. 나머지를 보내려면 재개하세요.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="186"/>
        <source>Stopped by Ctrl-C.</source>
        <translation>Ctrl-C로 중지했습니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="188"/>
        <source>Not confirmed: nothing was sent.</source>
        <translation>확인하지 않아 아무것도 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>RecipientModel</name>
    <message>
        <location filename="../models/states.py" line="69"/>
        <source>valid</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="70"/>
        <location filename="../models/states.py" line="120"/>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="71"/>
        <source>invalid</source>
        <translation>잘못됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="72"/>
        <source>duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="73"/>
        <location filename="../models/states.py" line="130"/>
        <source>suppressed</source>
        <translation>발송 제외</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="74"/>
        <source>pending</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="75"/>
        <source>sending</source>
        <translation>발송 중</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="76"/>
        <source>sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="77"/>
        <source>delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="78"/>
        <source>bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="79"/>
        <source>soft bounce</source>
        <translation>일시 반송</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="80"/>
        <source>complained</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="81"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="82"/>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="83"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="126"/>
        <source>duplicate of line %1</source>
        <translation>%1행과 중복</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="134"/>
        <source>The app stopped while this message was being sent; it may or may not have gone out.</source>
        <translation>이 메시지를 보내는 중에 앱이 멈췄습니다. 발송되었을 수도 있고 아닐 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="122"/>
        <source>invalid address: %1</source>
        <translation>잘못된 주소: %1</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="132"/>
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
        <location filename="../pages/recipients_page.py" line="80"/>
        <source>Open file…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="82"/>
        <source>No file open</source>
        <translation>열린 파일 없음</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="87"/>
        <source>Character encoding of the file</source>
        <translation>파일의 문자 인코딩</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="95"/>
        <source>The first names as read with this encoding; if they look garbled, choose another encoding.</source>
        <translation>이 인코딩으로 읽은 첫 이름들입니다. 글자가 깨져 보이면 다른 인코딩을 고르세요.</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="101"/>
        <source>The column that holds the e-mail addresses</source>
        <translation>이메일 주소가 들어 있는 열</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="107"/>
        <source>Encoding:</source>
        <translation>인코딩:</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="110"/>
        <source>E-mail column:</source>
        <translation>이메일 열:</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="116"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="121"/>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="141"/>
        <source>Search e-mail, name, any column…</source>
        <translation>이메일, 이름 등 모든 열에서 검색…</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="157"/>
        <source>Drop a CSV, TSV or Excel file here, or click “Open file…”.
The first row must hold the column names; one column holds e-mail addresses.</source>
        <translation>CSV, TSV 또는 엑셀 파일을 여기에 끌어다 놓거나 ‘파일 열기…’를 누르세요.
첫 줄에는 열 이름이 있어야 하고, 한 열에는 이메일 주소가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="177"/>
        <source>Auto-detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="178"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="179"/>
        <source>Korean (CP949 / EUC-KR)</source>
        <translation>한국어 (CP949 / EUC-KR)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="180"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="181"/>
        <source>Western (Windows-1252)</source>
        <translation>서유럽어 (Windows-1252)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="182"/>
        <source>Western (Latin-1)</source>
        <translation>서유럽어 (Latin-1)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="183"/>
        <source>Japanese (Shift-JIS / CP932)</source>
        <translation>일본어 (Shift-JIS / CP932)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="184"/>
        <source>Chinese, simplified (GB18030)</source>
        <translation>중국어 간체 (GB18030)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="185"/>
        <source>Chinese, traditional (Big5)</source>
        <translation>중국어 번체 (Big5)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="194"/>
        <source>Open recipients</source>
        <translation>받는 사람 파일 열기</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="196"/>
        <source>Recipient tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>받는 사람 표 (*.csv *.tsv *.txt *.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="219"/>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="243"/>
        <source>Sample: %1</source>
        <translation>미리 보기: %1</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="259"/>
        <source>Cannot open the recipients</source>
        <translation>받는 사람 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="308"/>
        <source>Valid</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="309"/>
        <source>Invalid</source>
        <translation>잘못됨</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="310"/>
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="311"/>
        <source>Suppressed</source>
        <translation>발송 제외</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="312"/>
        <source>Empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="317"/>
        <source>Click to show only these rows; click again to show all</source>
        <translation>누르면 이 행만 보여 주고, 다시 누르면 모두 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="319"/>
        <source>%1 rows</source>
        <translation>%1행</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="322"/>
        <source>showing %1</source>
        <translation>%1행 표시 중</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../widgets/dns_records.py" line="37"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../widgets/dns_records.py" line="37"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../widgets/dns_records.py" line="37"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../widgets/dns_records.py" line="50"/>
        <source>Copy all</source>
        <translation>모두 복사</translation>
    </message>
    <message>
        <location filename="../widgets/dns_records.py" line="51"/>
        <source>Copy the zone-file lines to paste into a DNS provider</source>
        <translation>DNS 제공업체에 붙여 넣을 존 파일 줄을 복사합니다</translation>
    </message>
    <message>
        <location filename="../widgets/dns_records.py" line="54"/>
        <source>As zone-file lines (BIND):</source>
        <translation>존 파일 줄 (BIND):</translation>
    </message>
    <message>
        <location filename="../widgets/dns_records.py" line="71"/>
        <source>Copy value</source>
        <translation>값 복사</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../pages/send_review.py" line="144"/>
        <source>Review &amp; send</source>
        <translation>검토 및 발송</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="153"/>
        <source>Resume it</source>
        <translation>재개하기</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="162"/>
        <source>e.g. June newsletter</source>
        <translation>예: 6월 뉴스레터</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="170"/>
        <source>This campaign</source>
        <translation>이 캠페인</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="172"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="173"/>
        <source>Recipients to send:</source>
        <translation>발송할 받는 사람:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="174"/>
        <source>Estimated time:</source>
        <translation>예상 소요 시간:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="175"/>
        <source>Daily quota:</source>
        <translation>일일 할당량:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="176"/>
        <source>Sending through:</source>
        <translation>발송 방법:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="185"/>
        <source>Amazon SES set-up (you can still send)</source>
        <translation>Amazon SES 설정 (발송은 가능합니다)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="190"/>
        <source>Open the set-up checklist</source>
        <translation>설정 점검 목록 열기</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="200"/>
        <source>Before you can send</source>
        <translation>발송하기 전에</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="205"/>
        <source>I have checked the preview, the sender and the recipients</source>
        <translation>미리보기, 보낸 사람, 받는 사람을 모두 확인했습니다</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="208"/>
        <source>Start sending</source>
        <translation>발송 시작</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="244"/>
        <source>Go to Recipients</source>
        <translation>받는 사람으로 이동</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="244"/>
        <source>Go to Template</source>
        <translation>템플릿으로 이동</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="270"/>
        <source> (%1 unverified skipped)</source>
        <translation> (인증 안 된 %1건 건너뜀)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="274"/>
        <source>%1 would fail when sent; the first, line %2: %3</source>
        <translation>%1개는 보낼 때 실패합니다. 첫 번째는 %2행: %3</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="279"/>
        <location filename="../pages/send_review.py" line="370"/>
        <source>unknown until the account answers</source>
        <translation>계정 응답 전까지 알 수 없음</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="281"/>
        <source>no rate limit: as fast as the server accepts</source>
        <translation>속도 제한 없음: 서버가 받는 만큼 빠르게</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="284"/>
        <source>about %1 at %2 per second</source>
        <translation>초당 %2건으로 약 %1</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="354"/>
        <source>local outbox (nothing leaves this computer)</source>
        <translation>로컬 보관함 (이 컴퓨터 밖으로 나가지 않음)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="357"/>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="358"/>
        <source>SMTP server</source>
        <translation>SMTP 서버</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="361"/>
        <source>%1 — profile “%2”</source>
        <translation>%1 — 프로필 “%2”</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="372"/>
        <source>no daily limit (%1 sent in the last 24 hours)</source>
        <translation>일일 한도 없음 (최근 24시간 동안 %1건 발송)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="375"/>
        <source>%1 left of %2 for the last 24 hours</source>
        <translation>최근 24시간 기준 %2건 중 %1건 남음</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="382"/>
        <source>never (the daily quota is 0)</source>
        <translation>끝나지 않음 (일일 할당량이 0)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="386"/>
        <source>Not enough for everyone today: the campaign waits for the quota to free up and would finish around %1.</source>
        <translation>오늘 할당량으로는 모두에게 보낼 수 없습니다. 캠페인은 할당량이 다시 생길 때까지 기다리며, %1쯤 끝날 예정입니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="395"/>
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
        <location filename="../pages/send_page.py" line="112"/>
        <source>No recipients: open a recipient file.</source>
        <translation>받는 사람이 없습니다: 받는 사람 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="114"/>
        <source>The recipient file has no valid address.</source>
        <translation>받는 사람 파일에 올바른 주소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="116"/>
        <source>No template: pick a template folder.</source>
        <translation>템플릿이 없습니다: 템플릿 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="118"/>
        <source>No sender: fill in the From address on the Template step.</source>
        <translation>보낸 사람이 없습니다: 템플릿 단계에서 보낸 사람 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="127"/>
        <source>The template uses %1, which the recipient file has no column for.</source>
        <translation>템플릿이 %1을(를) 사용하지만 받는 사람 파일에 해당 열이 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="135"/>
        <source>No recipient&apos;s message can be built: %1</source>
        <translation>어떤 받는 사람의 메시지도 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="187"/>
        <source>Bulk Mailer</source>
        <translation>Bulk Mailer</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="188"/>
        <source>Another campaign is sending. Wait for it to end, or pause and cancel it.</source>
        <translation>다른 캠페인이 발송 중입니다. 끝날 때까지 기다리거나, 일시 중지한 뒤 취소하세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="193"/>
        <source>Campaign %1</source>
        <translation>캠페인 %1</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="287"/>
        <source>A campaign is sending</source>
        <translation>캠페인 발송 중</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="289"/>
        <source>Stop sending and quit? The campaign is paused safely: nothing is lost or sent twice, and you can resume it when you open Bulk Mailer again.</source>
        <translation>발송을 멈추고 종료할까요? 캠페인은 안전하게 일시 중지됩니다. 잃어버리거나 두 번 보내는 메일은 없으며, Bulk Mailer를 다시 열면 이어서 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="316"/>
        <source>Unfinished campaign</source>
        <translation>끝나지 않은 캠페인</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="318"/>
        <source>The campaign “%1” stopped before the end: %2 messages are not sent yet. Resume it now?</source>
        <translation>캠페인 “%1”이(가) 끝나기 전에 멈췄습니다. 아직 보내지 않은 메일이 %2통 있습니다. 지금 이어서 보낼까요?</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="332"/>
        <source>“%1” did not finish: %2 messages are not sent yet.</source>
        <translation>“%1”이(가) 끝나지 않았습니다: 아직 보내지 않은 메일이 %2통 있습니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="335"/>
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
    <name>SetupPage</name>
    <message>
        <location filename="../pages/setup_page.py" line="119"/>
        <source>Set up Amazon SES</source>
        <translation>Amazon SES 설정</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="132"/>
        <source>The set-up checklist applies to Amazon SES profiles. The active profile sends through the local outbox or an SMTP server: add or choose an SES profile in Settings &gt; Account and profiles.</source>
        <translation>설정 점검 목록은 Amazon SES 프로필에 해당합니다. 지금 프로필은 로컬 보낼 편지함이나 SMTP 서버로 보냅니다. 설정 &gt; 계정 및 프로필에서 SES 프로필을 추가하거나 고르세요.</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="138"/>
        <location filename="../pages/setup_page.py" line="173"/>
        <source>Account and profiles…</source>
        <translation>계정 및 프로필…</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="145"/>
        <source>Checklist</source>
        <translation>점검 목록</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="146"/>
        <source>Identities</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="147"/>
        <source>Sending statistics</source>
        <translation>발송 통계</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="149"/>
        <source>Check again</source>
        <translation>다시 점검</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="179"/>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="181"/>
        <source>RSA 2048-bit (recommended)</source>
        <translation>RSA 2048비트 (권장)</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="183"/>
        <source>RSA 1024-bit (for DNS providers with short records)</source>
        <translation>RSA 1024비트 (긴 레코드를 못 받는 DNS 제공업체용)</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="185"/>
        <source>Create domain identity</source>
        <translation>도메인 자격 증명 만들기</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="188"/>
        <source>Domain:</source>
        <translation>도메인:</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="190"/>
        <source>DKIM key:</source>
        <translation>DKIM 키:</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="198"/>
        <source>If the MX record is missing: send with SES&apos;s own MAIL FROM</source>
        <translation>MX 레코드가 없으면: SES 기본 MAIL FROM으로 보내기</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="201"/>
        <source>If the MX record is missing: reject the message</source>
        <translation>MX 레코드가 없으면: 메시지 거부</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="203"/>
        <source>Set MAIL FROM</source>
        <translation>MAIL FROM 설정</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="206"/>
        <source>Subdomain:</source>
        <translation>하위 도메인:</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="211"/>
        <source>Request production access…</source>
        <translation>프로덕션 액세스 요청…</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="216"/>
        <source>Set up tracking</source>
        <translation>추적 설정</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="219"/>
        <source>Create the SES configuration set, SNS topic and SQS queue that report deliveries, bounces and complaints back to Bulk Mailer</source>
        <translation>전달, 반송, 스팸 신고를 Bulk Mailer에 알려 주는 SES 구성 세트, SNS 주제, SQS 대기열을 만듭니다</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="242"/>
        <source>Identity</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="243"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="244"/>
        <source>Verified</source>
        <translation>인증됨</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="245"/>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="246"/>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="255"/>
        <source>Delete identity…</source>
        <translation>자격 증명 삭제…</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="278"/>
        <source>Delivery attempts (two weeks):</source>
        <translation>전달 시도 (2주):</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="279"/>
        <source>Bounce rate:</source>
        <translation>반송률:</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="280"/>
        <source>Complaint rate:</source>
        <translation>스팸 신고율:</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="281"/>
        <source>Account status:</source>
        <translation>계정 상태:</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="314"/>
        <source>the default region</source>
        <translation>기본 리전</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="316"/>
        <source>Profile “%1”, region %2.</source>
        <translation>프로필 “%1”, 리전 %2.</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="337"/>
        <source>Checking…</source>
        <translation>점검 중…</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="369"/>
        <source>Checked at %1</source>
        <translation>%1에 점검함</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="403"/>
        <source>Not checked</source>
        <translation>점검하지 못함</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="436"/>
        <source>domain</source>
        <translation>도메인</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="436"/>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="437"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="437"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="447"/>
        <source>No identities yet: create the domain identity on the Checklist tab.</source>
        <translation>아직 자격 증명이 없습니다. 점검 목록 탭에서 도메인 자격 증명을 만드세요.</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="489"/>
        <source>Rates over the last two weeks as SES counts them. SES reviews an account whose bounce rate reaches 5% or complaint rate 0.1%.</source>
        <translation>SES가 집계한 최근 2주의 비율입니다. 반송률이 5%, 스팸 신고율이 0.1%에 이르면 SES가 계정을 검토합니다.</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="496"/>
        <source>%1 (SES reviews at %2)</source>
        <translation>%1 (SES 검토 기준 %2)</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="539"/>
        <source>Type the domain you send from, e.g. example.com.</source>
        <translation>보내는 도메인을 입력하세요. 예: example.com</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="547"/>
        <source>Creating the domain identity…</source>
        <translation>도메인 자격 증명을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="557"/>
        <source>Setting the MAIL FROM domain…</source>
        <translation>MAIL FROM 도메인을 설정하는 중…</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="563"/>
        <source>Setting up tracking… (this takes a few seconds)</source>
        <translation>추적을 설정하는 중… (몇 초 걸립니다)</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="590"/>
        <source>Delete identity</source>
        <translation>자격 증명 삭제</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="592"/>
        <source>Delete the identity %1 from Amazon SES? Mail from it stops at once; a domain must be verified again (new DKIM records) to use it later.</source>
        <translation>Amazon SES에서 자격 증명 %1을(를) 삭제할까요? 이 자격 증명으로는 즉시 보낼 수 없게 되며, 도메인은 나중에 쓰려면 다시 인증해야 합니다(새 DKIM 레코드).</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="603"/>
        <source>Deleting %1…</source>
        <translation>%1 삭제 중…</translation>
    </message>
</context>
<context>
    <name>StatsChart</name>
    <message>
        <location filename="../widgets/stats_chart.py" line="34"/>
        <source>Delivery attempts</source>
        <translation>전달 시도</translation>
    </message>
    <message>
        <location filename="../widgets/stats_chart.py" line="41"/>
        <source>Bounces</source>
        <translation>반송</translation>
    </message>
    <message>
        <location filename="../widgets/stats_chart.py" line="42"/>
        <source>Complaints</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../widgets/stats_chart.py" line="43"/>
        <source>Rejects</source>
        <translation>거부</translation>
    </message>
    <message>
        <location filename="../widgets/stats_chart.py" line="50"/>
        <source>Delivery attempts per day</source>
        <translation>하루 전달 시도</translation>
    </message>
    <message>
        <location filename="../widgets/stats_chart.py" line="53"/>
        <source>Bounces, complaints, rejects</source>
        <translation>반송, 스팸 신고, 거부</translation>
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
    <name>checklist</name>
    <message>
        <location filename="../models/checklist.py" line="29"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="30"/>
        <source>to do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="31"/>
        <source>failing</source>
        <translation>문제 있음</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="32"/>
        <source>not checked</source>
        <translation>점검 안 됨</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="39"/>
        <source>AWS credentials</source>
        <translation>AWS 자격 증명(키)</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="40"/>
        <source>Sending domain and DKIM</source>
        <translation>보내는 도메인과 DKIM</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="41"/>
        <source>Custom MAIL FROM domain</source>
        <translation>사용자 지정 MAIL FROM 도메인</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="42"/>
        <source>DMARC record</source>
        <translation>DMARC 레코드</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="43"/>
        <source>Production access</source>
        <translation>프로덕션 액세스</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="44"/>
        <source>Delivery tracking</source>
        <translation>전달 추적</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="52"/>
        <source>success</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="53"/>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="54"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="55"/>
        <source>temporary failure</source>
        <translation>일시적 실패</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="56"/>
        <source>not started</source>
        <translation>시작 안 됨</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="57"/>
        <source>granted</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="58"/>
        <source>denied</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="59"/>
        <source>healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="60"/>
        <source>on probation (under review)</source>
        <translation>유예 중 (검토 중)</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="61"/>
        <source>shut down (sending paused)</source>
        <translation>중지됨 (발송 일시 중지)</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="72"/>
        <source>Not checked: the AWS credentials must work first.</source>
        <translation>점검하지 않았습니다. 먼저 AWS 자격 증명이 작동해야 합니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="76"/>
        <source>Needs a sending domain first.</source>
        <translation>먼저 보내는 도메인이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="77"/>
        <source>Could not be checked: %1</source>
        <translation>점검하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="83"/>
        <source>Signed in to AWS account %1 as %2.</source>
        <translation>AWS 계정 %1에 %2(으)로 로그인했습니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="87"/>
        <source>The credentials do not work: %1 Fix them in Settings &gt; Account and profiles.</source>
        <translation>자격 증명이 작동하지 않습니다: %1 설정 &gt; 계정 및 프로필에서 고치세요.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="97"/>
        <source>DMARC record found: %1</source>
        <translation>DMARC 레코드를 찾았습니다: %1</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="101"/>
        <source>The DMARC record needs a fix: %1</source>
        <translation>DMARC 레코드를 고쳐야 합니다: %1</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="104"/>
        <source>No DMARC record yet: publish the record below (p=none is enough for Gmail and Yahoo).</source>
        <translation>아직 DMARC 레코드가 없습니다. 아래 레코드를 게시하세요(Gmail과 Yahoo에는 p=none으로 충분합니다).</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="111"/>
        <source>Delivery tracking is set up: bounces and complaints reach the app.</source>
        <translation>전달 추적이 설정되어 있습니다. 반송과 스팸 신고가 앱에 들어옵니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="114"/>
        <source>Tracking is not set up: bounces and complaints will not reach the app.</source>
        <translation>추적이 설정되지 않았습니다. 반송과 스팸 신고가 앱에 들어오지 않습니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="123"/>
        <source>No sending domain: set a From address in the profile, or type the domain below.</source>
        <translation>보내는 도메인이 없습니다. 프로필에 보내는 사람 주소를 넣거나 아래에 도메인을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="128"/>
        <source>%1 is verified and DKIM signs its mail.</source>
        <translation>%1은(는) 인증되었고 DKIM이 메일에 서명합니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="132"/>
        <source>%1 is not an SES identity yet: create it below (Easy DKIM).</source>
        <translation>%1은(는) 아직 SES 자격 증명이 아닙니다. 아래에서 만드세요(Easy DKIM).</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="138"/>
        <source>SES could not find the DKIM records of %1 (DKIM: %2): check the three CNAME records below; SES then checks again.</source>
        <translation>SES가 %1의 DKIM 레코드를 찾지 못했습니다(DKIM: %2). 아래 CNAME 레코드 세 개를 확인하세요. SES가 다시 확인합니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="147"/>
        <source>%1 waits for its DKIM records (DKIM: %2; %3 of %4 found in DNS): publish the CNAME records below. SES checks DNS by itself, usually within an hour.</source>
        <translation>%1은(는) DKIM 레코드를 기다리고 있습니다(DKIM: %2, DNS에서 %4개 중 %3개 찾음). 아래 CNAME 레코드를 게시하세요. SES가 보통 한 시간 안에 DNS를 스스로 확인합니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="164"/>
        <source>No custom MAIL FROM domain yet: set one (e.g. mail.%1) so SPF aligns with your From domain.</source>
        <translation>아직 사용자 지정 MAIL FROM 도메인이 없습니다. SPF가 보내는 사람 도메인과 맞도록 하나 설정하세요(예: mail.%1).</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="169"/>
        <source>Create the domain identity first (the step above).</source>
        <translation>먼저 도메인 자격 증명을 만드세요(위 단계).</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="173"/>
        <source>MAIL FROM %1: MX and SPF records found.</source>
        <translation>MAIL FROM %1: MX와 SPF 레코드를 찾았습니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="177"/>
        <source>MAIL FROM %1 (SES: %2): publish the MX and SPF records below.</source>
        <translation>MAIL FROM %1 (SES: %2): 아래 MX와 SPF 레코드를 게시하세요.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="189"/>
        <source>The account has production access: it can send to anyone.</source>
        <translation>계정에 프로덕션 액세스가 있습니다. 누구에게나 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="194"/>
        <source>The production access request was %1 (case %2): read AWS&apos;s answer in the AWS Support Center, then ask again.</source>
        <translation>프로덕션 액세스 요청 결과: %1 (케이스 %2). AWS Support Center에서 AWS의 답변을 읽은 뒤 다시 요청하세요.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="204"/>
        <source>Production access requested (case %1): %2. AWS usually answers within a day.</source>
        <translation>프로덕션 액세스를 요청했습니다(케이스 %1): %2. AWS는 보통 하루 안에 답합니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="211"/>
        <source>The account is in the SES sandbox: it sends only to verified addresses. Request production access.</source>
        <translation>계정이 SES 샌드박스에 있어 인증된 주소에만 보냅니다. 프로덕션 액세스를 요청하세요.</translation>
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
        <location filename="../models/states.py" line="92"/>
        <source>Sending</source>
        <translation>발송 중</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="93"/>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="94"/>
        <source>Waiting for quota</source>
        <translation>할당량 대기 중</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="97"/>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="98"/>
        <source>Stopped (resumable)</source>
        <translation>멈춤 (재개 가능)</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="101"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="102"/>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="103"/>
        <source>Interrupted (resumable)</source>
        <translation>중단됨 (재개 가능)</translation>
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
