<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ABBox</name>
    <message>
        <location filename="../widgets/ab_box.py" line="73"/>
        <source>A/B test the subject</source>
        <translation>제목 A/B 테스트</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="76"/>
        <source>Send each subject to a share of the list now; after the wait, the rest gets the subject that did best.</source>
        <translation>지금 각 제목을 목록의 일부에게 보내고, 기다린 뒤 나머지에게는 결과가 가장 좋은 제목으로 보냅니다.</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="84"/>
        <source>Add a subject</source>
        <translation>제목 추가</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="95"/>
        <source> hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="98"/>
        <source>most unique opens</source>
        <translation>고유 열람이 가장 많은 제목</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="99"/>
        <source>most unique clicks</source>
        <translation>고유 클릭이 가장 많은 제목</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="101"/>
        <source>Opens are counted only when open tracking is on for the profile (Campaigns → Report → Open and click tracking) and are estimates; clicks need click tracking and links in the message. Bulk Mailer must be running when the wait ends; if it is not, it asks at the next start.</source>
        <translation>열람은 프로필의 열람 추적이 켜져 있을 때만 집계되며(캠페인 → 보고서 → 열람·클릭 추적) 추정치입니다. 클릭은 클릭 추적과 메일 안의 링크가 필요합니다. 대기 시간이 끝날 때 Bulk Mailer가 실행 중이어야 하며, 실행 중이 아니면 다음 시작 때 물어봅니다.</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="129"/>
        <source>Share per variant:</source>
        <translation>변형별 비율:</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="130"/>
        <source>Wait before the rest:</source>
        <translation>나머지 발송까지 대기:</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="131"/>
        <source>Winner:</source>
        <translation>승자 기준:</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="140"/>
        <source>Subjects:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="201"/>
        <source>An A/B test starts now: clear “Start at” and “Only between”, or turn the test off.</source>
        <translation>A/B 테스트는 지금 시작합니다. “시작 시각”과 “이 시간대에만”을 해제하거나 테스트를 끄세요.</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="205"/>
        <source>Give every variant a subject line: at least two.</source>
        <translation>모든 변형에 제목을 입력하세요. 최소 두 개가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="207"/>
        <source>Two subject lines are the same: change one so the test compares.</source>
        <translation>두 제목이 같습니다. 비교가 되도록 하나를 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="212"/>
        <source>%1% for each of %2 variants leaves nobody for the winner: give less than %3% each.</source>
        <translation>변형 %2개에 각각 %1%를 보내면 승자에게 보낼 사람이 남지 않습니다. 각각 %3% 미만으로 정하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="225"/>
        <source>%1 recipients are too few for %2 variants of %3 each and a rest: give a smaller share or a longer list.</source>
        <translation>수신자 %1명은 변형 %2개(각 %3명)와 나머지로 나누기에 너무 적습니다. 비율을 줄이거나 더 긴 목록을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="270"/>
        <source>Now: %1 variants, each to %2% of the recipients. After %3 hours: the other %4% get the subject with the %5.</source>
        <translation>지금: 변형 %1개를 각각 수신자의 %2%에게 보냅니다. %3시간 뒤: 나머지 %4%에게 %5으로 보냅니다.</translation>
    </message>
</context>
<context>
    <name>ABSection</name>
    <message>
        <location filename="../widgets/report_ab.py" line="34"/>
        <source>A/B test</source>
        <translation>A/B 테스트</translation>
    </message>
    <message>
        <location filename="../widgets/report_ab.py" line="40"/>
        <source>Variant</source>
        <translation>변형</translation>
    </message>
    <message>
        <location filename="../widgets/report_ab.py" line="41"/>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../widgets/report_ab.py" line="42"/>
        <source>Sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <location filename="../widgets/report_ab.py" line="43"/>
        <source>Unique opens</source>
        <translation>고유 열람</translation>
    </message>
    <message>
        <location filename="../widgets/report_ab.py" line="45"/>
        <source>Unique clicks</source>
        <translation>클릭한 사람</translation>
    </message>
    <message>
        <location filename="../widgets/report_ab.py" line="46"/>
        <source>Rate (of sent)</source>
        <translation>비율 (발송 대비)</translation>
    </message>
    <message>
        <location filename="../widgets/report_ab.py" line="47"/>
        <source>At the decision</source>
        <translation>결정 시점</translation>
    </message>
    <message>
        <location filename="../widgets/report_ab.py" line="56"/>
        <source>winner</source>
        <translation>승자</translation>
    </message>
    <message>
        <location filename="../widgets/report_ab.py" line="58"/>
        <source>(this campaign)</source>
        <translation>(이 캠페인)</translation>
    </message>
    <message>
        <location filename="../widgets/report_ab.py" line="67"/>
        <source>Each variant went to %1% of the list.</source>
        <translation>각 변형은 목록의 %1%에게 발송되었습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/report_ab.py" line="71"/>
        <source>this campaign</source>
        <translation>이 캠페인</translation>
    </message>
    <message>
        <location filename="../widgets/report_ab.py" line="73"/>
        <source>campaign %1</source>
        <translation>캠페인 %1</translation>
    </message>
    <message>
        <location filename="../widgets/report_ab.py" line="76"/>
        <source>Variant %1 won and went to the rest (%2).</source>
        <translation>변형 %1이(가) 이겨 나머지에게 발송되었습니다(%2).</translation>
    </message>
    <message>
        <location filename="../widgets/report_ab.py" line="80"/>
        <source>At %1 the variant with the highest rate goes to the rest (%2).</source>
        <translation>%1에 비율이 가장 높은 변형이 나머지에게 발송됩니다(%2).</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../dialogs/about_dialog.py" line="59"/>
        <source>About Bulk Mailer</source>
        <translation>Bulk Mailer 정보</translation>
    </message>
    <message>
        <location filename="../dialogs/about_dialog.py" line="68"/>
        <source>&lt;h3&gt;Bulk Mailer %1&lt;/h3&gt;&lt;p&gt;Send personalised newsletters through Amazon SES at the pace your account allows, and see what happened to every message.&lt;/p&gt;&lt;p&gt;Licensed under the %2 licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bulk Mailer %1&lt;/h3&gt;&lt;p&gt;Amazon SES 계정이 허용하는 속도에 맞춰 개인화된 뉴스레터를 보내고, 메일 한 통 한 통이 어떻게 되었는지 확인하세요.&lt;/p&gt;&lt;p&gt;%2 라이선스로 배포됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../dialogs/about_dialog.py" line="81"/>
        <source>Data (campaigns, outbox):</source>
        <translation>데이터 (캠페인, 보관함):</translation>
    </message>
    <message>
        <location filename="../dialogs/about_dialog.py" line="82"/>
        <source>Your templates:</source>
        <translation>내 템플릿:</translation>
    </message>
    <message>
        <location filename="../dialogs/about_dialog.py" line="83"/>
        <source>Settings:</source>
        <translation>설정:</translation>
    </message>
    <message>
        <location filename="../dialogs/about_dialog.py" line="84"/>
        <source>Logs:</source>
        <translation>로그:</translation>
    </message>
    <message>
        <location filename="../dialogs/about_dialog.py" line="88"/>
        <source>Open this folder</source>
        <translation>이 폴더 열기</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../dialogs/account_dialog.py" line="56"/>
        <source>Account and profiles</source>
        <translation>계정 및 프로필</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="69"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="71"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="73"/>
        <source>Use this profile</source>
        <translation>이 프로필 사용</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="78"/>
        <source>Profiles (bold = in use):</source>
        <translation>프로필 (굵게 = 사용 중):</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="94"/>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="96"/>
        <source>Set up tracking</source>
        <translation>추적 설정</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="99"/>
        <source>Create the SES configuration set, SNS topic and SQS queue that report deliveries, bounces and complaints back to Bulk Mailer</source>
        <translation>전달, 반송, 스팸 신고를 Bulk Mailer에 알려 주는 SES 구성 세트, SNS 주제, SQS 대기열을 만듭니다</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="105"/>
        <source>address to verify</source>
        <translation>인증할 주소</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="106"/>
        <source>Verify address</source>
        <translation>주소 인증</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="116"/>
        <source>“Test connection” shows the sending limits, sandbox status and identities.</source>
        <translation>‘연결 테스트’를 누르면 발송 한도, 샌드박스 여부, 자격 증명(ID)을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="206"/>
        <source>this profile</source>
        <translation>이 프로필</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="212"/>
        <source>There is already a profile with that name.</source>
        <translation>같은 이름의 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="247"/>
        <source>Remove profile</source>
        <translation>프로필 삭제</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="248"/>
        <source>Remove the profile “%1”? Nothing changes until you press OK.</source>
        <translation>프로필 “%1”을(를) 삭제할까요? 확인을 누르기 전에는 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="305"/>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="322"/>
        <source>Setting up tracking… (this takes a few seconds)</source>
        <translation>추적을 설정하는 중… (몇 초 걸립니다)</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="336"/>
        <source>Tracking is set up: configuration set %1, queue %2. Click OK to keep it.</source>
        <translation>추적이 설정되었습니다: 구성 세트 %1, 대기열 %2. 유지하려면 확인을 누르세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="345"/>
        <source>Type the e-mail address to verify.</source>
        <translation>인증할 이메일 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="348"/>
        <source>Asking Amazon SES to verify %1…</source>
        <translation>Amazon SES에 %1 인증을 요청하는 중…</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="360"/>
        <source>Amazon SES sent a confirmation link to %1. Open it, then test the connection again to see the address as verified.</source>
        <translation>Amazon SES가 %1(으)로 확인 링크를 보냈습니다. 링크를 연 뒤 연결 테스트를 다시 하면 인증된 주소로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/account_dialog.py" line="392"/>
        <source>Cannot save the settings</source>
        <translation>설정을 저장할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <location filename="../widgets/status_bar.py" line="28"/>
        <source>Change the account or profile</source>
        <translation>계정 또는 프로필 변경</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="83"/>
        <source>Profile: %1</source>
        <translation>프로필: %1</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="88"/>
        <source>Account problem</source>
        <translation>계정 문제</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="95"/>
        <source>Local outbox: nothing leaves this computer</source>
        <translation>로컬 보관함: 이 컴퓨터 밖으로 아무것도 나가지 않습니다</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="97"/>
        <source>SMTP server</source>
        <translation>SMTP 서버</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="99"/>
        <source>Checking the account…</source>
        <translation>계정을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="101"/>
        <source>SES production</source>
        <translation>SES 프로덕션</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="103"/>
        <source>SES sandbox: verified recipients only</source>
        <translation>SES 샌드박스: 인증된 수신자에게만 발송</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="112"/>
        <source>Today: %1 sent, no daily limit</source>
        <translation>오늘: %1건 발송, 일일 한도 없음</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="115"/>
        <source>Today: %1 used / %2 left</source>
        <translation>오늘: %1건 사용 / %2건 남음</translation>
    </message>
</context>
<context>
    <name>Addresses</name>
    <message>
        <location filename="../models/states.py" line="197"/>
        <source>not a valid e-mail address</source>
        <translation>올바른 이메일 주소 형식이 아닙니다</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="200"/>
        <source>there is no @-sign</source>
        <translation>@ 기호가 없습니다</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="201"/>
        <source>the @-sign is a full-width or look-alike character; type a plain @</source>
        <translation>@ 기호가 전각 문자이거나 비슷하게 생긴 다른 문자입니다. 일반 @를 입력하세요</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="204"/>
        <source>nothing before the @-sign</source>
        <translation>@ 앞에 아무것도 없습니다</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="207"/>
        <source>nothing after the @-sign</source>
        <translation>@ 뒤에 아무것도 없습니다</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="210"/>
        <source>characters that are not allowed before the @-sign</source>
        <translation>@ 앞부분에 쓸 수 없는 문자가 있습니다</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="213"/>
        <source>characters that are not allowed in the domain (after the @-sign)</source>
        <translation>도메인(@ 뒷부분)에 쓸 수 없는 문자가 있습니다</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="216"/>
        <source>invisible or unsafe characters in the address</source>
        <translation>주소에 보이지 않거나 안전하지 않은 문자가 있습니다</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="219"/>
        <source>a period at the start or end, or two periods in a row</source>
        <translation>마침표(.)가 맨 앞이나 맨 뒤에 있거나 두 개 연속으로 있습니다</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="222"/>
        <source>a hyphen in a place the domain does not allow</source>
        <translation>도메인에서 허용되지 않는 위치에 하이픈(-)이 있습니다</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="225"/>
        <source>the domain has no period (e.g. example.com)</source>
        <translation>도메인에 마침표(.)가 없습니다 (예: example.com)</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="228"/>
        <source>the domain does not end in a valid top-level domain</source>
        <translation>도메인이 올바른 최상위 도메인으로 끝나지 않습니다</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="231"/>
        <source>the domain is a reserved name that cannot receive e-mail</source>
        <translation>도메인이 이메일을 받을 수 없는 예약된 이름입니다</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="234"/>
        <source>the address is too long</source>
        <translation>주소가 너무 깁니다</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="237"/>
        <source>more than a bare address (a name, brackets or quotes)</source>
        <translation>주소 외에 다른 내용(이름, 괄호, 따옴표)이 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="251"/>
        <source>space</source>
        <translation>공백</translation>
    </message>
</context>
<context>
    <name>CampaignModels</name>
    <message>
        <location filename="../models/campaigns.py" line="99"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="100"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="101"/>
        <source>Created</source>
        <translation>만든 날짜</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="102"/>
        <location filename="../models/campaigns.py" line="191"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="103"/>
        <source>Sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="104"/>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="105"/>
        <source>Bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="106"/>
        <source>Complaints</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="107"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="108"/>
        <source>Unknown</source>
        <translation>확인 불가</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="109"/>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="110"/>
        <source>Not sent yet</source>
        <translation>미발송</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="111"/>
        <source>Total</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="158"/>
        <source>%1 (archived)</source>
        <translation>%1 (보관됨)</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="189"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="190"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="192"/>
        <source>Error or reason</source>
        <translation>오류 또는 사유</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="193"/>
        <source>Message ID</source>
        <translation>메시지 ID</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="194"/>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <location filename="../models/campaigns.py" line="195"/>
        <source>Updated</source>
        <translation>갱신 시각</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../pages/campaigns_page.py" line="83"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="87"/>
        <source>Show archived</source>
        <translation>보관된 캠페인 표시</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="102"/>
        <location filename="../pages/campaigns_page.py" line="245"/>
        <source>Choose a campaign above to see its recipients.</source>
        <translation>위에서 캠페인을 고르면 받는 사람별 결과가 보입니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="105"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="106"/>
        <source>Send the messages that are not sent yet</source>
        <translation>아직 보내지 않은 메일을 보냅니다</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="108"/>
        <source>Resend unknown…</source>
        <translation>확인 불가 재발송…</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="110"/>
        <source>Send again the messages the app was sending when it stopped</source>
        <translation>앱이 멈췄을 때 보내는 중이던 메일을 다시 보냅니다</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="113"/>
        <source>Export results…</source>
        <translation>결과 내보내기…</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="115"/>
        <source>Send again to…</source>
        <translation>다시 보내기…</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="117"/>
        <source>A new campaign to its non-openers, openers, clickers or soft bounces</source>
        <translation>열어 보지 않은 사람, 열어 본 사람, 링크를 누른 사람, 일시적 반송된 사람에게 새 캠페인 보내기</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="120"/>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="123"/>
        <source>Remove the campaign and its recipient list from Bulk Mailer. Its messages still count towards the daily quota.</source>
        <translation>캠페인과 수신자 목록을 Bulk Mailer에서 지웁니다. 이미 보낸 메일은 계속 일일 할당량에 포함됩니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="128"/>
        <location filename="../pages/campaigns_page.py" line="325"/>
        <source>Archive</source>
        <translation>보관</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="131"/>
        <source>Hide the campaign from this list (Show archived brings it back). It is kept for reports and never offered for resuming.</source>
        <translation>이 목록에서 캠페인을 숨깁니다 (&apos;보관된 캠페인 표시&apos;로 다시 볼 수 있습니다). 보고서용으로 남아 있으며, 이어서 보내기를 다시 묻지 않습니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="161"/>
        <source>Events of the selected recipient:</source>
        <translation>선택한 받는 사람의 이벤트:</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="172"/>
        <source>Recipients</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="214"/>
        <source>%1 campaigns</source>
        <translation>캠페인 %1개</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="216"/>
        <source>%1 unfinished</source>
        <translation>미완료 %1개</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="218"/>
        <source>%1 drafts</source>
        <translation>초안 %1개</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="220"/>
        <source>%1 archived (hidden)</source>
        <translation>보관됨 %1개 (숨김)</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="286"/>
        <source>No delivery events for this recipient.</source>
        <translation>이 받는 사람에 대한 전달 이벤트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="291"/>
        <source>Accepted by SES</source>
        <translation>SES가 접수함</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="292"/>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="293"/>
        <source>Bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="294"/>
        <source>Complaint</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="295"/>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="296"/>
        <source>Delivery delayed</source>
        <translation>전달 지연</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="297"/>
        <source>Rendering failed</source>
        <translation>렌더링 실패</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="298"/>
        <source>Opened</source>
        <translation>열람함</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="299"/>
        <source>Clicked</source>
        <translation>링크 클릭</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="300"/>
        <source>Subscription changed</source>
        <translation>구독 설정 변경</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="325"/>
        <source>Unarchive</source>
        <translation>보관 해제</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="364"/>
        <source>“%1” has not been sent yet. Send it now to its %2 recipients?</source>
        <translation>“%1”은(는) 아직 보내지 않았습니다. 지금 수신자 %2명에게 보낼까요?</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="368"/>
        <source>Those who already received the same template within %1 days are skipped.</source>
        <translation>%1일 이내에 같은 템플릿을 이미 받은 수신자는 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="372"/>
        <source>Send this campaign?</source>
        <translation>이 캠페인을 보낼까요?</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="387"/>
        <source>Resend unknown messages?</source>
        <translation>확인 불가 메일을 다시 보낼까요?</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="389"/>
        <source>%1 messages were being sent when the app stopped. Bulk Mailer cannot tell whether they went out. If you send them again, some recipients may get the same message twice. Resend them?</source>
        <translation>앱이 멈췄을 때 메일 %1건을 보내는 중이었습니다. 이 메일이 실제로 나갔는지는 Bulk Mailer가 알 수 없습니다. 다시 보내면 일부 받는 사람이 같은 메일을 두 번 받을 수 있습니다. 다시 보낼까요?</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="403"/>
        <location filename="../pages/campaigns_page.py" line="422"/>
        <source>Export results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="403"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="423"/>
        <source>Exported %1 recipients to %2.</source>
        <translation>받는 사람 %1명의 결과를 %2에 내보냈습니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="437"/>
        <source>Delete the campaign “%1” and its list of %2 recipients from Bulk Mailer? This cannot be undone. Its messages still count towards the daily quota, and suppressed addresses stay suppressed.</source>
        <translation>캠페인 “%1”과(와) 수신자 %2명의 목록을 Bulk Mailer에서 삭제할까요? 되돌릴 수 없습니다. 이 캠페인으로 보낸 메일은 계속 일일 할당량에 포함되고, 발송 제외된 주소는 그대로 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="443"/>
        <source>%1 messages of it are not sent yet.</source>
        <translation>이 캠페인의 메일 %1통은 아직 보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaigns_page.py" line="448"/>
        <source>Delete campaign?</source>
        <translation>캠페인을 삭제할까요?</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../dialogs/compare_dialog.py" line="45"/>
        <source>Compare campaigns</source>
        <translation>캠페인 비교</translation>
    </message>
    <message>
        <location filename="../dialogs/compare_dialog.py" line="48"/>
        <source>Campaign</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <location filename="../dialogs/compare_dialog.py" line="48"/>
        <source>Created</source>
        <translation>만든 때</translation>
    </message>
    <message>
        <location filename="../dialogs/compare_dialog.py" line="48"/>
        <source>Sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <location filename="../dialogs/compare_dialog.py" line="48"/>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../dialogs/compare_dialog.py" line="49"/>
        <source>Hard bounced</source>
        <translation>영구 반송</translation>
    </message>
    <message>
        <location filename="../dialogs/compare_dialog.py" line="49"/>
        <source>Complained</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../dialogs/compare_dialog.py" line="49"/>
        <source>Opened</source>
        <translation>열람함</translation>
    </message>
    <message>
        <location filename="../dialogs/compare_dialog.py" line="50"/>
        <source>Clicked</source>
        <translation>클릭</translation>
    </message>
    <message>
        <location filename="../dialogs/compare_dialog.py" line="50"/>
        <source>Unsubscribed</source>
        <translation>수신 거부</translation>
    </message>
    <message>
        <location filename="../dialogs/compare_dialog.py" line="74"/>
        <source>No campaign has sent anything yet.</source>
        <translation>아직 발송한 캠페인이 없습니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/compare_dialog.py" line="78"/>
        <source>Delivered, bounced and complained are shares of the messages sent; opened, clicked and unsubscribed are shares of those delivered.</source>
        <translation>전달·반송·스팸 신고는 보낸 메일에 대한 비율이고, 열람·클릭·수신 거부는 전달된 메일에 대한 비율입니다.</translation>
    </message>
</context>
<context>
    <name>ContentChecks</name>
    <message>
        <location filename="../models/content_checks.py" line="51"/>
        <source>The HTML is %1 KB; Gmail clips messages over %2 KB and hides the rest (the unsubscribe footer too). Shorten the text or link to a web version.</source>
        <translation>HTML이 %1 KB입니다. Gmail은 %2 KB가 넘는 메일을 잘라서 나머지(수신 거부 안내 포함)를 숨깁니다. 본문을 줄이거나 웹 버전 링크를 넣으세요.</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="60"/>
        <source>The body shows only %1 characters of text beside %2 image(s); mail that is mostly images is often taken for spam. Add the message as text.</source>
        <translation>본문에 글자가 %1자뿐이고 이미지가 %2개입니다. 거의 이미지로만 된 메일은 스팸으로 분류되기 쉽습니다. 내용을 글로도 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="66"/>
        <source>The body shows only %1 characters of text; mail with almost no text is often taken for spam. Add the message as text.</source>
        <translation>본문에 글자가 %1자뿐입니다. 글이 거의 없는 메일은 스팸으로 분류되기 쉽습니다. 내용을 글로 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="75"/>
        <source>The image %1%2 has no alt text; readers who block images see nothing. Add alt=&quot;what it shows&quot;.</source>
        <translation>이미지 %1%2에 대체 텍스트(alt)가 없습니다. 이미지를 차단한 사람에게는 아무것도 보이지 않습니다. alt=&quot;이미지 설명&quot;을 넣으세요.</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="84"/>
        <source>The link %1%2 is not a valid address; write a full URL such as https://example.com/page.</source>
        <translation>링크 %1%2는 올바른 주소가 아닙니다. https://example.com/page 처럼 전체 주소를 적으세요.</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="93"/>
        <source>The unsubscribe link %1 uses http:; one-click unsubscribe (which Gmail and Yahoo ask bulk senders for) needs https://, so it is not offered. Use an https:// link.</source>
        <translation>수신거부 링크 %1은(는) http:를 씁니다. Gmail과 Yahoo가 대량 발송자에게 요구하는 원클릭 수신거부는 https://가 필요해서 제공되지 않습니다. https:// 링크를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="102"/>
        <source>The link %1%2 uses http:, which mail programs flag as not secure; use https://.</source>
        <translation>링크 %1%2는 http:를 씁니다. 메일 프로그램이 안전하지 않다고 표시하니 https://를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="110"/>
        <source>The link text shows %1 but goes to %2%3; that looks like phishing. Make the text match the address.</source>
        <translation>링크 글자는 %1인데 실제로는 %2%3(으)로 연결됩니다. 피싱처럼 보이니 글자와 주소를 맞추세요.</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="120"/>
        <source>%1 row(s) would be sent with an empty subject; fill subject.txt or the cells it uses.</source>
        <translation>%1개 행이 빈 제목으로 보내집니다. subject.txt나 제목에 쓰는 칸을 채우세요.</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="127"/>
        <source>The subject is %1 characters; inbox lists show about %2. Put the important words first.</source>
        <translation>제목이 %1자입니다. 받은편지함 목록에는 약 %2자만 보입니다. 중요한 말을 앞에 두세요.</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="135"/>
        <source>The subject is in capital letters; spam filters and readers treat that as shouting. Write it in normal case.</source>
        <translation>제목이 대문자로만 되어 있습니다. 스팸 필터와 읽는 사람 모두 소리치는 것으로 받아들입니다. 보통 대소문자로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="141"/>
        <source>%1%2 refers to an embedded image the message does not carry; put the image in the template folder and use its file name as src.</source>
        <translation>%1%2는 메일에 들어 있지 않은 내장 이미지를 가리킵니다. 이미지 파일을 템플릿 폴더에 넣고 src에 그 파일 이름을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="150"/>
        <source>The image %1 is %2 KB, over the %3 KB embedded per image; make it smaller or use its https:// address.</source>
        <translation>이미지 %1이(가) %2 KB로, 메일에 넣을 수 있는 이미지당 %3 KB를 넘습니다. 크기를 줄이거나 https:// 주소를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="160"/>
        <source>The image %1%2 is not a file in the template folder; recipients will see a broken image. Add the file or fix the name.</source>
        <translation>이미지 %1%2이(가) 템플릿 폴더에 없습니다. 받는 사람에게 깨진 이미지로 보입니다. 파일을 넣거나 이름을 고치세요.</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="186"/>
        <source>Largest message: %1 KB</source>
        <translation>가장 큰 메일: %1 KB</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="192"/>
        <source>estimated SES cost %1 (%2 messages: %3)</source>
        <translation>예상 SES 요금 %1 (메일 %2통: %3)</translation>
    </message>
    <message>
        <location filename="../models/content_checks.py" line="199"/>
        <source> + %1 MB of attachments: %2</source>
        <translation> + 첨부 파일 %1 MB: %2</translation>
    </message>
</context>
<context>
    <name>CountersWidget</name>
    <message>
        <location filename="../widgets/send_counters.py" line="53"/>
        <source>Sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <location filename="../widgets/send_counters.py" line="54"/>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../widgets/send_counters.py" line="55"/>
        <source>Bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <location filename="../widgets/send_counters.py" line="56"/>
        <source>Complaints</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../widgets/send_counters.py" line="57"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../widgets/send_counters.py" line="58"/>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../widgets/send_counters.py" line="59"/>
        <source>Remaining</source>
        <translation>남음</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../errors.py" line="428"/>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <location filename="../errors.py" line="432"/>
        <source>Something went wrong inside Bulk Mailer. Your campaigns are saved; you can keep working. Please copy the report below and send it to whoever supports Bulk Mailer for you. It contains no passwords or keys.</source>
        <translation>Bulk Mailer 내부에서 문제가 발생했습니다. 캠페인은 저장되어 있으니 계속 작업하셔도 됩니다. 아래 보고서를 복사해서 Bulk Mailer 지원 담당자에게 보내 주세요. 보고서에는 비밀번호나 키가 들어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="442"/>
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
        <location filename="../pages/send_dashboard.py" line="163"/>
        <source>Retrying: %1</source>
        <translation>다시 시도하는 중: %1</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="170"/>
        <source>%1 per second (maximum %2)</source>
        <translation>초당 %1건 (최대 %2건)</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="172"/>
        <source>%1 per second (no limit)</source>
        <translation>초당 %1건 (제한 없음)</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="175"/>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="184"/>
        <source>Daily quota reached: waiting for quota until %1</source>
        <translation>일일 할당량 도달: %1까지 할당량을 기다립니다</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="204"/>
        <source>%1 sent in 24 hours, no daily limit</source>
        <translation>24시간 동안 %1건 발송, 일일 한도 없음</translation>
    </message>
    <message>
        <location filename="../pages/send_dashboard.py" line="210"/>
        <source>%1 of %2 used in the last 24 hours</source>
        <translation>최근 24시간 동안 %2건 중 %1건 사용</translation>
    </message>
</context>
<context>
    <name>DomainsPage</name>
    <message>
        <location filename="../widgets/report_tabs.py" line="204"/>
        <source>Domain</source>
        <translation>도메인</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="204"/>
        <source>Recipients</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="204"/>
        <source>Sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="204"/>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="205"/>
        <source>Bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="205"/>
        <source>Complained</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="205"/>
        <source>Opened</source>
        <translation>열람함</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="209"/>
        <source>Delivered, bounced and complained are shares of the messages sent to the domain; opened is a share of those delivered. A provider that blocks or bins the mail stands out here.</source>
        <translation>전달·반송·스팸 신고는 그 도메인으로 보낸 메일에 대한 비율이고, 열람은 전달된 메일에 대한 비율입니다. 메일을 막거나 스팸함으로 보내는 서비스가 여기서 드러납니다.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../widgets/report_tabs.py" line="239"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="239"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="239"/>
        <source>Subtype</source>
        <translation>세부 유형</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="239"/>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="240"/>
        <source>Recipients</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="240"/>
        <source>Diagnostic code</source>
        <translation>진단 코드</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="240"/>
        <source>Examples</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="243"/>
        <source>No bounces, complaints or failures.</source>
        <translation>반송, 스팸 신고, 실패가 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="266"/>
        <source>%1 more reasons are in the CSV and PDF exports.</source>
        <translation>나머지 사유 %1개는 CSV와 PDF 내보내기에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../models/states.py" line="368"/>
        <source>file line</source>
        <translation>파일 줄</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="369"/>
        <source>recipient</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="370"/>
        <source>state code</source>
        <translation>상태 코드</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="371"/>
        <source>state</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="372"/>
        <source>message ID</source>
        <translation>메시지 ID</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="373"/>
        <source>error or reason</source>
        <translation>오류 또는 사유</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="374"/>
        <source>attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="375"/>
        <source>last change</source>
        <translation>마지막 변경</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="376"/>
        <source>data row</source>
        <translation>데이터 행</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../widgets/find_bar.py" line="31"/>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="35"/>
        <source>Replace with</source>
        <translation>바꿀 내용</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="37"/>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="38"/>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="40"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="42"/>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="44"/>
        <source>Replace all</source>
        <translation>모두 바꾸기</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="48"/>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="99"/>
        <source>Not found</source>
        <translation>찾지 못함</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/find_bar.py" line="137"/>
        <source>Replaced %n time(s)</source>
        <translation>
            <numerusform>%n곳을 바꿨습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtmlPreview</name>
    <message>
        <location filename="../widgets/html_preview.py" line="62"/>
        <source>Load remote images</source>
        <translation>외부 이미지 불러오기</translation>
    </message>
    <message>
        <location filename="../widgets/html_preview.py" line="64"/>
        <source>Images on web servers are blocked until you allow them for this preview</source>
        <translation>웹 서버에 있는 이미지는 이 미리보기에서 허용할 때까지 차단됩니다</translation>
    </message>
    <message>
        <location filename="../widgets/html_preview.py" line="67"/>
        <source>Desktop</source>
        <translation>데스크톱</translation>
    </message>
    <message>
        <location filename="../widgets/html_preview.py" line="68"/>
        <source>Mobile</source>
        <translation>모바일</translation>
    </message>
    <message>
        <location filename="../widgets/html_preview.py" line="78"/>
        <source>Width:</source>
        <translation>너비:</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../widgets/report_tabs.py" line="177"/>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="177"/>
        <source>Unique clicks</source>
        <translation>클릭한 사람</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="177"/>
        <source>Total clicks</source>
        <translation>전체 클릭</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="178"/>
        <source>Click-through (of delivered)</source>
        <translation>클릭률 (전달 기준)</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="182"/>
        <source>No clicks recorded.</source>
        <translation>기록된 클릭이 없습니다.</translation>
    </message>
</context>
<context>
    <name>LivePreview</name>
    <message>
        <location filename="../widgets/live_preview.py" line="42"/>
        <source>Preview for data row:</source>
        <translation>미리 볼 데이터 행:</translation>
    </message>
    <message>
        <location filename="../widgets/live_preview.py" line="60"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../widgets/live_preview.py" line="61"/>
        <source>Plain text</source>
        <translation>일반 텍스트</translation>
    </message>
    <message>
        <location filename="../widgets/live_preview.py" line="78"/>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <location filename="../widgets/live_preview.py" line="94"/>
        <source>Data row %1 is skipped and will not be sent: %2</source>
        <translation>데이터 %1행은 건너뛰므로 보내지 않습니다: %2</translation>
    </message>
    <message>
        <location filename="../widgets/live_preview.py" line="107"/>
        <source>(no recipients file: variables shown as {name})</source>
        <translation>(받는 사람 파일 없음: 변수는 {이름} 형태로 표시)</translation>
    </message>
    <message>
        <location filename="../widgets/live_preview.py" line="128"/>
        <source>Showing the last version that worked; fix the error to update.</source>
        <translation>마지막으로 정상 처리된 버전을 보여 줍니다. 오류를 고치면 갱신됩니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="50"/>
        <source>Bulk Mailer</source>
        <translation>Bulk Mailer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="73"/>
        <source>1  Recipients</source>
        <translation>1  받는 사람</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="74"/>
        <source>2  Template</source>
        <translation>2  템플릿</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="75"/>
        <source>3  Review &amp; send</source>
        <translation>3  검토 및 발송</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="76"/>
        <source>Campaigns</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77"/>
        <source>Set up Amazon SES</source>
        <translation>Amazon SES 설정</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>Preview &amp;&amp; test…</source>
        <translation>미리보기 및 테스트…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="88"/>
        <source>See a recipient&apos;s message and send it as a test</source>
        <translation>받는 사람별 메일을 확인하고 테스트로 보내 봅니다</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="118"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>Open &amp;recipients…</source>
        <translation>받는 사람 파일 열기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122"/>
        <source>Recent recipient files</source>
        <translation>최근 받는 사람 파일</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>Open &amp;template folder…</source>
        <translation>템플릿 폴더 열기(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>&amp;Preview and test send…</source>
        <translation>미리보기 및 테스트 발송(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137"/>
        <source>&amp;Account and profiles…</source>
        <translation>계정 및 프로필(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="140"/>
        <source>Set up Amazon &amp;SES…</source>
        <translation>Amazon SES 설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>S&amp;uppression list…</source>
        <translation>발송 제외 목록(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="144"/>
        <source>Active &amp;profile</source>
        <translation>사용 중인 프로필(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="160"/>
        <source>Open &amp;log folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163"/>
        <source>&amp;About Bulk Mailer</source>
        <translation>Bulk Mailer 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="238"/>
        <source>The new language is used from the next start. Restart Bulk Mailer now?</source>
        <translation>새 언어는 다음 실행부터 적용됩니다. 지금 Bulk Mailer를 다시 시작할까요?</translation>
    </message>
</context>
<context>
    <name>MissedDialog</name>
    <message>
        <location filename="../dialogs/missed_dialog.py" line="38"/>
        <source>Scheduled campaign missed</source>
        <translation>예약된 캠페인을 놓쳤습니다</translation>
    </message>
    <message>
        <location filename="../dialogs/missed_dialog.py" line="40"/>
        <source>“%1” was due at %2 while Bulk Mailer was not running. Nothing was sent yet.</source>
        <translation>“%1”은(는) %2에 보낼 예정이었지만 그때 Bulk Mailer가 실행 중이 아니었습니다. 아직 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/missed_dialog.py" line="48"/>
        <source>Start now</source>
        <translation>지금 시작</translation>
    </message>
    <message>
        <location filename="../dialogs/missed_dialog.py" line="51"/>
        <source>Reschedule…</source>
        <translation>다시 예약…</translation>
    </message>
    <message>
        <location filename="../dialogs/missed_dialog.py" line="54"/>
        <source>Cancel the campaign</source>
        <translation>캠페인 취소</translation>
    </message>
    <message>
        <location filename="../dialogs/missed_dialog.py" line="58"/>
        <source>Decide later</source>
        <translation>나중에 결정</translation>
    </message>
    <message>
        <location filename="../dialogs/missed_dialog.py" line="76"/>
        <source>Reschedule</source>
        <translation>다시 예약</translation>
    </message>
    <message>
        <location filename="../dialogs/missed_dialog.py" line="86"/>
        <source>New start time (local):</source>
        <translation>새 시작 시각 (현지 시간):</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <location filename="../widgets/new_template.py" line="37"/>
        <source>Save as a copy</source>
        <translation>사본으로 저장</translation>
    </message>
    <message>
        <location filename="../widgets/new_template.py" line="37"/>
        <source>New template</source>
        <translation>새 템플릿</translation>
    </message>
    <message>
        <location filename="../widgets/new_template.py" line="43"/>
        <source>e.g. june-newsletter</source>
        <translation>예: 6월-소식지</translation>
    </message>
    <message>
        <location filename="../widgets/new_template.py" line="47"/>
        <source>It is created in %1</source>
        <translation>만들 위치: %1</translation>
    </message>
    <message>
        <location filename="../widgets/new_template.py" line="56"/>
        <source>Start from:</source>
        <translation>바탕 템플릿:</translation>
    </message>
    <message>
        <location filename="../widgets/new_template.py" line="57"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../widgets/new_template.py" line="73"/>
        <source>A template called “%1” already exists; choose another name.</source>
        <translation>“%1” 템플릿이 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
</context>
<context>
    <name>PathNotice</name>
    <message>
        <location filename="../widgets/path_notice.py" line="29"/>
        <source>Could not open</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <location filename="../widgets/path_notice.py" line="32"/>
        <source>No file manager was found to open this folder. Open it yourself; it is here:</source>
        <translation>이 폴더를 열 파일 관리자를 찾지 못했습니다. 직접 열어 주세요. 위치:</translation>
    </message>
    <message>
        <location filename="../widgets/path_notice.py" line="36"/>
        <source>No program was found to open this file. Open it in your editor yourself; it is here:</source>
        <translation>이 파일을 열 프로그램을 찾지 못했습니다. 편집기에서 직접 열어 주세요. 위치:</translation>
    </message>
    <message>
        <location filename="../widgets/path_notice.py" line="44"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../widgets/path_notice.py" line="59"/>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="122"/>
        <source>Preview and test send</source>
        <translation>미리보기 및 테스트 발송</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="128"/>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="130"/>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="133"/>
        <source>Find by e-mail…</source>
        <translation>이메일로 찾기…</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="138"/>
        <source>Recipient (data row):</source>
        <translation>받는 사람 (데이터 행):</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="158"/>
        <source>From:</source>
        <translation>보낸 사람:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="159"/>
        <source>To:</source>
        <translation>받는 사람:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="160"/>
        <source>Subject:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="161"/>
        <source>Size:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="171"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="172"/>
        <source>Plain text</source>
        <translation>일반 텍스트</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="173"/>
        <source>Raw MIME</source>
        <translation>원본 MIME</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="180"/>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="181"/>
        <source>Send test</source>
        <translation>테스트 발송</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="187"/>
        <source>Send this message as a test to:</source>
        <translation>이 메일을 테스트로 보낼 주소:</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="190"/>
        <source>Mark as a test ([TEST] in the subject)</source>
        <translation>테스트로 표시(제목에 [TEST])</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="223"/>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="247"/>
        <source>No recipient address contains “%1”.</source>
        <translation>“%1”이(가) 들어간 받는 사람 주소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="299"/>
        <source>Data row %1 is skipped and will not be sent: %2</source>
        <translation>데이터 %1행은 건너뛰므로 보내지 않습니다: %2</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="313"/>
        <source>Open a recipients file first.</source>
        <translation>먼저 받는 사람 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="315"/>
        <source>Choose a template first.</source>
        <translation>먼저 템플릿을 고르세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="329"/>
        <source>The sender is not set yet (Template page): %1</source>
        <translation>보낸 사람이 아직 설정되지 않았습니다 (템플릿 화면): %1</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="371"/>
        <source>Type the address to send the test to.</source>
        <translation>테스트 메일을 받을 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="379"/>
        <source>Sending to %1…</source>
        <translation>%1(으)로 보내는 중…</translation>
    </message>
    <message>
        <location filename="../dialogs/preview_dialog.py" line="395"/>
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
        <location filename="../dialogs/profile_form.py" line="65"/>
        <source>Local outbox (test run)</source>
        <translation>로컬 보관함 (시험 실행)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="66"/>
        <source>Amazon SES (API)</source>
        <translation>Amazon SES (API)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="67"/>
        <location filename="../dialogs/profile_form.py" line="117"/>
        <source>SMTP server</source>
        <translation>SMTP 서버</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="74"/>
        <source>Name &lt;news@example.com&gt;</source>
        <translation>이름 &lt;news@example.com&gt;</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="77"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="78"/>
        <source>Sends through:</source>
        <translation>발송 방법:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="79"/>
        <source>Default From:</source>
        <translation>기본 보낸 사람:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="80"/>
        <source>Default Reply-To:</source>
        <translation>기본 회신 주소:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="82"/>
        <source>saved only in the system keyring</source>
        <translation>시스템 키링에만 저장됩니다</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="84"/>
        <source>e.g. ap-northeast-2 (Seoul)</source>
        <translation>예: ap-northeast-2 (서울)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="86"/>
        <source>optional: a profile from ~/.aws/credentials</source>
        <translation>선택 사항: ~/.aws/credentials의 프로필</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="93"/>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="95"/>
        <source>optional; “Set up tracking” fills it</source>
        <translation>선택 사항; ‘추적 설정’이 채워 줍니다</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="96"/>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="98"/>
        <location filename="../dialogs/profile_form.py" line="233"/>
        <source>Region:</source>
        <translation>리전:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="99"/>
        <source>AWS profile:</source>
        <translation>AWS 프로필:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="100"/>
        <location filename="../dialogs/profile_form.py" line="231"/>
        <source>Access key ID:</source>
        <translation>액세스 키 ID:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="101"/>
        <location filename="../dialogs/profile_form.py" line="232"/>
        <source>Secret access key:</source>
        <translation>비밀 액세스 키:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="102"/>
        <source>Configuration set:</source>
        <translation>구성 세트:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="103"/>
        <source>Endpoint URL:</source>
        <translation>엔드포인트 URL:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="106"/>
        <source>e.g. email-smtp.ap-northeast-2.amazonaws.com</source>
        <translation>예: email-smtp.ap-northeast-2.amazonaws.com</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="111"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="111"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="111"/>
        <source>None (local only)</source>
        <translation>없음 (로컬 전용)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="119"/>
        <source>Host:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="120"/>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="121"/>
        <source>Security:</source>
        <translation>보안:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="122"/>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="123"/>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="127"/>
        <source>default: the app&apos;s data folder</source>
        <translation>기본값: 앱 데이터 폴더</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="128"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="133"/>
        <source>Local outbox</source>
        <translation>로컬 보관함</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="135"/>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="138"/>
        <source>Use the default limits</source>
        <translation>기본 한도 사용</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="143"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="144"/>
        <source> per second</source>
        <translation> / 초</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="146"/>
        <source> per 24 hours</source>
        <translation> / 24시간</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="147"/>
        <source>no daily limit</source>
        <translation>일일 한도 없음</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="155"/>
        <source>Sending limits</source>
        <translation>발송 한도</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="159"/>
        <source>Rate:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="160"/>
        <source>Daily:</source>
        <translation>하루:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="182"/>
        <source>Automatic: yes when the computer&apos;s language is Korean</source>
        <translation>자동: 컴퓨터 언어가 한국어이면 예</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="183"/>
        <source>Yes: mark every new campaign as advertising</source>
        <translation>예: 새 캠페인을 모두 광고로 표시</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="184"/>
        <source>No: only when I tick it on Review &amp; send</source>
        <translation>아니요: 검토 및 발송에서 직접 표시할 때만</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="188"/>
        <source>YYYY-MM-DD (not yet)</source>
        <translation>YYYY-MM-DD (아직 안 함)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="189"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="196"/>
        <source>Korean law: advertising mail starts its subject with “(광고)”, names the sender and a contact, offers a free unsubscribe, and its recipients&apos; consent is re-confirmed every two years.</source>
        <translation>정보통신망법: 광고 메일은 제목을 “(광고)”로 시작하고, 보낸 사람과 연락처를 밝히고, 무료 수신거부 방법을 알리며, 수신자의 동의를 2년마다 다시 확인해야 합니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="202"/>
        <source>Advertising mail (Korea)</source>
        <translation>광고성 메일(한국)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="205"/>
        <source>Mark as advertising:</source>
        <translation>광고로 표시:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="206"/>
        <source>Consent last re-confirmed:</source>
        <translation>마지막 수신 동의 확인일:</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="210"/>
        <source>Amazon SES: fill these settings from an AWS access key</source>
        <translation>Amazon SES: AWS 액세스 키로 이 설정 채우기</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="213"/>
        <source>The user name becomes the access key ID, the host the region&apos;s SES SMTP endpoint (port 587, STARTTLS), and the password is derived from the secret access key and stored only in the system keyring. The IAM user needs the ses:SendRawEmail permission.</source>
        <translation>사용자 이름은 액세스 키 ID, 호스트는 리전의 SES SMTP 엔드포인트(포트 587, STARTTLS)가 되고, 비밀번호는 보안 액세스 키에서 만들어져 시스템 키링에만 저장됩니다. IAM 사용자에게 ses:SendRawEmail 권한이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="223"/>
        <source>used once, not stored</source>
        <translation>한 번만 쓰고 저장하지 않음</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="227"/>
        <source>Fill SMTP settings</source>
        <translation>SMTP 설정 채우기</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="250"/>
        <source>Paste the IAM user&apos;s access key ID and secret access key.</source>
        <translation>IAM 사용자의 액세스 키 ID와 보안 액세스 키를 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="274"/>
        <source>Outbox folder</source>
        <translation>보관함 폴더</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="302"/>
        <source>Default: no rate limit and no daily limit (a rehearsal).</source>
        <translation>기본값: 속도 제한 없음, 일일 한도 없음(연습용 발송).</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="305"/>
        <source>Default: the limits of the Amazon SES account behind this SMTP endpoint, read with your AWS credentials; without them the sandbox&apos;s, 1 a second and 200 a day.</source>
        <translation>기본값: 이 SMTP 엔드포인트 뒤의 Amazon SES 계정 한도(AWS 자격 증명으로 읽음). 자격 증명이 없으면 샌드박스 한도인 초당 1통, 하루 200통.</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_form.py" line="310"/>
        <source>Default: no rate limit and no daily limit.</source>
        <translation>기본값: 속도 제한 없음, 일일 한도 없음.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../profile_label.py" line="17"/>
        <source>local outbox</source>
        <translation>로컬 보관함</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="__init__.py" line="71"/>
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <location filename="__init__.py" line="72"/>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../models/states.py" line="282"/>
        <source>Paused by you.</source>
        <translation>사용자가 일시 중지했습니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="284"/>
        <source>Cancelled by you; the rest can be sent later with resume.</source>
        <translation>사용자가 취소했습니다. 나머지는 나중에 재개하여 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="288"/>
        <source>Paused: %1 messages in a row failed. Last error: %2</source>
        <translation>일시 중지: 메시지 %1개가 연속으로 실패했습니다. 마지막 오류: %2</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="293"/>
        <source>Paused: %1 of the last %2 messages failed. Last error: %3</source>
        <translation>일시 중지: 최근 메시지 %2개 중 %1개가 실패했습니다. 마지막 오류: %3</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="302"/>
        <source>One message failed %1 times in a row: %2</source>
        <translation>메시지 하나가 %1번 연속 실패했습니다: %2</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="305"/>
        <source>Paused: %1 of %2 messages bounced (%3); Amazon SES reviews accounts above 5%. Check the list before resuming.</source>
        <translation>일시 중지: 메시지 %2개 중 %1개가 반송되었습니다(%3). Amazon SES는 반송률이 5%를 넘는 계정을 검토합니다. 재개하기 전에 목록을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="312"/>
        <source>Paused: %1 of %2 recipients complained (%3); Amazon SES reviews accounts above 0.1%. Check the list before resuming.</source>
        <translation>일시 중지: 수신자 %2명 중 %1명이 스팸 신고를 했습니다(%3). Amazon SES는 신고율이 0.1%를 넘는 계정을 검토합니다. 재개하기 전에 목록을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="319"/>
        <source>Paused because Bulk Mailer was closed; resume it to send the rest.</source>
        <translation>Bulk Mailer가 닫혀서 일시 중지했습니다. 나머지를 보내려면 재개하세요.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="323"/>
        <source>Stopped by Ctrl-C.</source>
        <translation>Ctrl-C로 중지했습니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="325"/>
        <source>Not confirmed: nothing was sent.</source>
        <translation>확인하지 않아 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="327"/>
        <source>Its attachment %1 was not found.</source>
        <translation>첨부 파일 %1을(를) 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="331"/>
        <source>Outside the send window %1; it goes on by itself at %2.</source>
        <translation>발송 시간대(%1) 밖이라 멈췄습니다. %2에 자동으로 이어서 보냅니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="336"/>
        <source>It was due at %1 while Bulk Mailer was not running.</source>
        <translation>%1에 보낼 예정이었지만 그때 Bulk Mailer가 실행 중이 아니었습니다.</translation>
    </message>
</context>
<context>
    <name>RecipientModel</name>
    <message>
        <location filename="../models/states.py" line="88"/>
        <source>valid</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="89"/>
        <location filename="../models/states.py" line="141"/>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="90"/>
        <source>invalid</source>
        <translation>잘못됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="91"/>
        <source>duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="92"/>
        <location filename="../models/states.py" line="155"/>
        <source>suppressed</source>
        <translation>발송 제외</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="93"/>
        <source>pending</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="94"/>
        <source>sending</source>
        <translation>발송 중</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="95"/>
        <source>sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="96"/>
        <source>delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="97"/>
        <source>bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="98"/>
        <source>soft bounce</source>
        <translation>일시 반송</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="99"/>
        <source>complained</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="100"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="101"/>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="102"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="148"/>
        <source>duplicate of row %1</source>
        <translation>%1행과 중복</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="151"/>
        <source>duplicate of line %1</source>
        <translation>%1행과 중복</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="159"/>
        <source>unsubscribed from %1</source>
        <translation>%1 수신거부</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="163"/>
        <source>unsubscribed from everything</source>
        <translation>전체 수신거부</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="168"/>
        <source>getting this from campaign %1, which is sending now</source>
        <translation>지금 발송 중인 캠페인 %1에서 받는 중</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="174"/>
        <source>already received this within %1 days (campaign %2)</source>
        <translation>%1일 이내에 이미 받음 (캠페인 %2)</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="181"/>
        <source>The app stopped while this message was being sent; it may or may not have gone out.</source>
        <translation>이 메시지를 보내는 중에 앱이 멈췄습니다. 발송되었을 수도 있고 아닐 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="143"/>
        <source>invalid address: %1</source>
        <translation>잘못된 주소: %1</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="166"/>
        <source>not a verified address (SES sandbox)</source>
        <translation>인증되지 않은 주소 (SES 샌드박스)</translation>
    </message>
    <message>
        <location filename="../models/recipients.py" line="117"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../models/recipients.py" line="118"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../models/recipients.py" line="120"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../pages/recipients_page.py" line="124"/>
        <source>Open file…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="126"/>
        <source>No file open</source>
        <translation>열린 파일 없음</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="131"/>
        <source>Character encoding of the file</source>
        <translation>파일의 문자 인코딩</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="139"/>
        <source>The first names as read with this encoding; if they look garbled, choose another encoding.</source>
        <translation>이 인코딩으로 읽은 첫 이름들입니다. 글자가 깨져 보이면 다른 인코딩을 고르세요.</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="145"/>
        <source>The column that holds the e-mail addresses</source>
        <translation>이메일 주소가 들어 있는 열</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="151"/>
        <source>Encoding:</source>
        <translation>인코딩:</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="154"/>
        <source>E-mail column:</source>
        <translation>이메일 열:</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="160"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="165"/>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="185"/>
        <source>Search e-mail, name, any column…</source>
        <translation>이메일, 이름 등 모든 열에서 검색…</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="198"/>
        <source>Send only to rows where…  e.g.  등급 == &apos;VIP&apos; and 지역 != &apos;서울&apos;</source>
        <translation>이 조건에 맞는 행에만 보내기…  예: 등급 == &apos;VIP&apos; and 지역 != &apos;서울&apos;</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="203"/>
        <source>Conditions on columns: == != contains, starts with, ends with, in (&apos;a&apos;, &apos;b&apos;), is empty, is not empty, &lt; &lt;= &gt; &gt;= for numbers and dates (2025-06-01); combine with and, or, not and brackets. Text compares without case. Column names with spaces go in double quotes.</source>
        <translation>열에 대한 조건: == != contains(포함), starts with(시작), ends with(끝), in (&apos;a&apos;, &apos;b&apos;)(목록 중 하나), is empty(비어 있음), is not empty(비어 있지 않음), 숫자와 날짜(2025-06-01)에는 &lt; &lt;= &gt; &gt;=. and, or, not과 괄호로 묶을 수 있습니다. 글자는 대소문자를 구분하지 않습니다. 공백이 있는 열 이름은 큰따옴표로 감쌉니다.</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="216"/>
        <source>Saved</source>
        <translation>저장된 조건</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="227"/>
        <source>Segment:</source>
        <translation>세그먼트:</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="241"/>
        <source>Drop a CSV, TSV or Excel file here, or click “Open file…”.
The first row must hold the column names; one column holds e-mail addresses.</source>
        <translation>CSV, TSV 또는 엑셀 파일을 여기에 끌어다 놓거나 ‘파일 열기…’를 누르세요.
첫 줄에는 열 이름이 있어야 하고, 한 열에는 이메일 주소가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="262"/>
        <source>Auto-detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="263"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="264"/>
        <source>Korean (CP949 / EUC-KR)</source>
        <translation>한국어 (CP949 / EUC-KR)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="265"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="266"/>
        <source>Western (Windows-1252)</source>
        <translation>서유럽어 (Windows-1252)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="267"/>
        <source>Western (Latin-1)</source>
        <translation>서유럽어 (Latin-1)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="268"/>
        <source>Japanese (Shift-JIS / CP932)</source>
        <translation>일본어 (Shift-JIS / CP932)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="269"/>
        <source>Chinese, simplified (GB18030)</source>
        <translation>중국어 간체 (GB18030)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="270"/>
        <source>Chinese, traditional (Big5)</source>
        <translation>중국어 번체 (Big5)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="279"/>
        <source>Open recipients</source>
        <translation>받는 사람 파일 열기</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="281"/>
        <source>Recipient tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>받는 사람 표 (*.csv *.tsv *.txt *.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="304"/>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="328"/>
        <source>Sample: %1</source>
        <translation>미리 보기: %1</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="359"/>
        <source>%1 could not be opened. Choose its encoding or e-mail column above and it is read again, or open another file.</source>
        <translation>%1을(를) 열 수 없습니다. 위에서 인코딩이나 이메일 열을 고르면 다시 읽습니다. 다른 파일을 열 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="364"/>
        <source>Cannot open the recipients</source>
        <translation>받는 사람 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="405"/>
        <source>counting…</source>
        <translation>세는 중…</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="437"/>
        <source>Save this segment</source>
        <translation>이 세그먼트 저장</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="450"/>
        <source>Forget this segment</source>
        <translation>이 세그먼트 지우기</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="465"/>
        <source>Not understood from character %1: %2</source>
        <translation>%1번째 글자부터 이해할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="477"/>
        <source>%1 of %2 valid recipients</source>
        <translation>유효한 수신자 %2명 중 %1명</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="486"/>
        <source>Valid</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="487"/>
        <source>Invalid</source>
        <translation>잘못됨</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="488"/>
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="489"/>
        <source>Suppressed</source>
        <translation>발송 제외</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="490"/>
        <source>Empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="495"/>
        <source>Click to show only these rows; click again to show all</source>
        <translation>누르면 이 행만 보여 주고, 다시 누르면 모두 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="497"/>
        <source>%1 rows</source>
        <translation>%1행</translation>
    </message>
    <message>
        <location filename="../pages/recipients_page.py" line="500"/>
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
    <name>ReportController</name>
    <message>
        <location filename="../pages/campaign_report.py" line="54"/>
        <source>Choose a campaign to see its report.</source>
        <translation>보고서를 보려면 캠페인을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../pages/campaign_report.py" line="70"/>
        <source>Computing the report…</source>
        <translation>보고서를 계산하는 중…</translation>
    </message>
    <message>
        <location filename="../pages/campaign_report.py" line="87"/>
        <source>The report could not be computed.</source>
        <translation>보고서를 계산하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaign_report.py" line="108"/>
        <source>Export report as PDF</source>
        <translation>보고서를 PDF로 내보내기</translation>
    </message>
    <message>
        <location filename="../pages/campaign_report.py" line="108"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../pages/campaign_report.py" line="119"/>
        <source>Export report as CSV</source>
        <translation>보고서를 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../pages/campaign_report.py" line="119"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../pages/campaign_report.py" line="133"/>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <location filename="../pages/campaign_report.py" line="134"/>
        <source>The report was saved to %1.</source>
        <translation>보고서를 %1에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaign_report.py" line="160"/>
        <source>Open and click tracking needs an Amazon SES profile.</source>
        <translation>열람·클릭 추적은 Amazon SES 프로필에서만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaign_report.py" line="167"/>
        <source>Turn on open and click tracking?</source>
        <translation>열람·클릭 추적을 켤까요?</translation>
    </message>
    <message>
        <location filename="../pages/campaign_report.py" line="169"/>
        <source>With open and click tracking on, Amazon SES adds a tiny invisible image to each HTML message and sends every link through an SES address that records the click and then forwards the reader. Recipients&apos; mail programs and privacy tools can see this; say so in your privacy notice. Plain-text messages are not tracked.</source>
        <translation>열람·클릭 추적을 켜면 Amazon SES가 HTML 메일마다 보이지 않는 작은 이미지를 넣고, 모든 링크를 클릭을 기록한 뒤 독자를 원래 주소로 보내 주는 SES 주소로 바꿉니다. 받는 사람의 메일 프로그램과 개인정보 보호 도구는 이를 알아볼 수 있으니 개인정보 처리방침에 밝혀 두세요. 텍스트 전용 메일은 추적되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaign_report.py" line="177"/>
        <source>Turn it on for the profile %1? It applies to messages sent from now on.</source>
        <translation>%1 프로필에 켤까요? 지금부터 보내는 메일에 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../pages/campaign_report.py" line="191"/>
        <source>Open and click tracking</source>
        <translation>열람·클릭 추적</translation>
    </message>
    <message>
        <location filename="../pages/campaign_report.py" line="192"/>
        <source>Open and click tracking is on for %1.</source>
        <translation>%1 프로필의 열람·클릭 추적을 켰습니다.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../widgets/report_tabs.py" line="87"/>
        <source>Choose a campaign to see its report.</source>
        <translation>보고서를 보려면 캠페인을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="90"/>
        <source>Figure</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="90"/>
        <source>Count</source>
        <translation>수</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="90"/>
        <source>Rate</source>
        <translation>비율</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="90"/>
        <source>Measured on</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="91"/>
        <source>SES review level</source>
        <translation>SES 검토 기준</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="100"/>
        <source>Export PDF…</source>
        <translation>PDF 내보내기…</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="101"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="102"/>
        <source>Compare campaigns…</source>
        <translation>캠페인 비교…</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="103"/>
        <source>Open and click tracking…</source>
        <translation>열람·클릭 추적…</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="105"/>
        <source>Turn on open and click tracking for the current SES profile</source>
        <translation>현재 SES 프로필의 열람·클릭 추적 켜기</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="155"/>
        <source>over it</source>
        <translation>초과</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../widgets/report_tabs.py" line="283"/>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="284"/>
        <source>Links</source>
        <translation>링크</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="285"/>
        <source>Domains</source>
        <translation>도메인</translation>
    </message>
    <message>
        <location filename="../widgets/report_tabs.py" line="286"/>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../pages/send_review.py" line="211"/>
        <source>No one-click unsubscribe (%1 recipients at Gmail or Yahoo): choose an SES audience above, or give an https unsubscribe link your site honours.</source>
        <translation>원클릭 수신거부가 없습니다(Gmail·Yahoo 수신자 %1명). 위에서 SES 수신 그룹을 고르거나, 사이트에서 처리하는 https 수신거부 링크를 넣으세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="216"/>
        <source>The message has no visible unsubscribe link: put {{ unsubscribe_url }} in the footer.</source>
        <translation>본문에 보이는 수신거부 링크가 없습니다. 꼬리말에 {{ unsubscribe_url }} 을 넣으세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="220"/>
        <source>Complaints in the last campaigns are over Gmail&apos;s and Yahoo&apos;s 0.3%: send only to people who asked for the mail.</source>
        <translation>최근 캠페인의 스팸 신고율이 Gmail·Yahoo 기준 0.3%를 넘었습니다. 받기를 원한 사람에게만 보내세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="225"/>
        <source>%1 is a free-mail domain: mail from it fails DMARC. Send from your own domain.</source>
        <translation>%1 은(는) 무료 메일 도메인이라 DMARC 검사를 통과하지 못합니다. 자신의 도메인 주소로 보내세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="229"/>
        <source>Korean law asks advertisers to re-confirm consent every two years; record the date in the profile once you have.</source>
        <translation>정보통신망법은 광고 수신 동의를 2년마다 다시 확인하도록 합니다. 확인한 뒤 프로필에 날짜를 기록하세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="275"/>
        <source>Review &amp; send</source>
        <translation>검토 및 발송</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="284"/>
        <source>Resume it</source>
        <translation>재개하기</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="293"/>
        <source>e.g. June newsletter</source>
        <translation>예: 6월 뉴스레터</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="307"/>
        <source>This campaign</source>
        <translation>이 캠페인</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="309"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="310"/>
        <source>From:</source>
        <translation>보내는 사람:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="311"/>
        <source>Subject (first recipient):</source>
        <translation>제목(첫 번째 수신자):</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="312"/>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="313"/>
        <source>Recipients to send:</source>
        <translation>발송할 받는 사람:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="314"/>
        <source>Estimated time:</source>
        <translation>예상 소요 시간:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="315"/>
        <source>Daily quota:</source>
        <translation>일일 할당량:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="316"/>
        <source>Sending through:</source>
        <translation>발송 방법:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="319"/>
        <source>None: the template&apos;s unsubscribe link</source>
        <translation>없음: 템플릿의 수신거부 링크 사용</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="322"/>
        <source>With an SES audience, Amazon SES adds one-click unsubscribe, hosts the unsubscribe page and tells Bulk Mailer who unsubscribed.</source>
        <translation>SES 수신 그룹으로 보내면 Amazon SES가 원클릭 수신거부를 넣고, 수신거부 페이지를 운영하며, 누가 수신거부했는지 Bulk Mailer에 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="328"/>
        <source>Advertising: “(광고)” before the subject and the notice Korean law asks for</source>
        <translation>광고: 제목 앞에 “(광고)”를 붙이고 법이 요구하는 안내 문구를 넣습니다</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="332"/>
        <source>Unsubscribes:</source>
        <translation>수신거부:</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="359"/>
        <source>Skip them (recommended)</source>
        <translation>이 수신자 건너뛰기 (권장)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="370"/>
        <source>Amazon SES set-up (you can still send)</source>
        <translation>Amazon SES 설정 (발송은 가능합니다)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="375"/>
        <source>Open the set-up checklist</source>
        <translation>설정 점검 목록 열기</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="385"/>
        <source>Before you can send</source>
        <translation>발송하기 전에</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="390"/>
        <source>I have checked the preview, the sender and the recipients</source>
        <translation>미리보기, 보낸 사람, 받는 사람을 모두 확인했습니다</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="393"/>
        <location filename="../pages/send_review.py" line="701"/>
        <source>Start sending</source>
        <translation>발송 시작</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="445"/>
        <source>Go to Recipients</source>
        <translation>받는 사람으로 이동</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="445"/>
        <source>Go to Template</source>
        <translation>템플릿으로 이동</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="477"/>
        <source> (%1 unverified skipped)</source>
        <translation> (인증 안 된 %1건 건너뜀)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="479"/>
        <source> (%1 who already received it skipped)</source>
        <translation> (이미 받은 %1명 건너뜀)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="485"/>
        <source>%1 would fail when sent; the first, row %2: %3</source>
        <translation>%1건은 발송 시 실패합니다. 첫 번째는 %2행: %3</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="490"/>
        <location filename="../pages/send_review.py" line="728"/>
        <source>unknown until the account answers</source>
        <translation>계정 응답 전까지 알 수 없음</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="492"/>
        <source>no rate limit: as fast as the server accepts</source>
        <translation>속도 제한 없음: 서버가 받는 만큼 빠르게</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="495"/>
        <source>about %1 at %2 per second</source>
        <translation>초당 %2건으로 약 %1</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="502"/>
        <source>The Amazon SES account&apos;s limits could not be read (no AWS credentials for the SES API): the sandbox&apos;s are assumed, 1 a second and 200 a day. Set the profile&apos;s limits to your account&apos;s.</source>
        <translation>Amazon SES 계정 한도를 읽지 못했습니다(SES API용 AWS 자격 증명 없음). 샌드박스 한도인 초당 1통, 하루 200통으로 가정합니다. 프로필의 한도를 계정 한도에 맞게 설정하세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="521"/>
        <source>%1 row(s) are skipped: their attachment file is missing (the first: %2).</source>
        <translation>%1개 행은 첨부 파일이 없어 건너뜁니다 (첫 번째: %2).</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="612"/>
        <source>not set yet (Template page)</source>
        <translation>아직 설정되지 않음(템플릿 페이지)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="679"/>
        <source>&lt;b&gt;%1 recipients already received this template&lt;/b&gt; (or one with the same subject) within the last %2 days, in campaign %3.</source>
        <translation>&lt;b&gt;수신자 %1명이 이 템플릿을 이미 받았습니다&lt;/b&gt; (또는 제목이 같은 템플릿, 최근 %2일 이내, 캠페인 %3).</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="698"/>
        <source>Start the A/B test</source>
        <translation>A/B 테스트 시작</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="701"/>
        <source>Schedule</source>
        <translation>예약하기</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="712"/>
        <source>local outbox (nothing leaves this computer)</source>
        <translation>로컬 보관함 (이 컴퓨터 밖으로 나가지 않음)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="715"/>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="716"/>
        <source>SMTP server</source>
        <translation>SMTP 서버</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="719"/>
        <source>%1 — profile “%2”</source>
        <translation>%1 — 프로필 “%2”</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="730"/>
        <source>no daily limit (%1 sent in the last 24 hours)</source>
        <translation>일일 한도 없음 (최근 24시간 동안 %1건 발송)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="733"/>
        <source>%1 left of %2 for the last 24 hours</source>
        <translation>최근 24시간 기준 %2건 중 %1건 남음</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="740"/>
        <source>never (the daily quota is 0)</source>
        <translation>끝나지 않음 (일일 할당량이 0)</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="744"/>
        <source>Not enough for everyone today: the campaign waits for the quota to free up and would finish around %1.</source>
        <translation>오늘 할당량으로는 모두에게 보낼 수 없습니다. 캠페인은 할당량이 다시 생길 때까지 기다리며, %1쯤 끝날 예정입니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_review.py" line="753"/>
        <source>&lt;b&gt;Your SES account is in the sandbox.&lt;/b&gt; It sends only to verified addresses; unverified recipients are skipped (%1 of them in this list). To send to everyone, request production access in the SES console (Account dashboard → Request production access); Amazon usually answers within a day.</source>
        <translation>&lt;b&gt;SES 계정이 샌드박스 상태입니다.&lt;/b&gt; 인증된 주소로만 보낼 수 있어 인증되지 않은 받는 사람은 건너뜁니다(이 목록에서 %1명). 모두에게 보내려면 SES 콘솔에서 프로덕션 액세스를 요청하세요(계정 대시보드 → 프로덕션 액세스 요청). Amazon은 보통 하루 안에 답변합니다.</translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <location filename="../widgets/schedule_box.py" line="27"/>
        <source>Start at</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_box.py" line="33"/>
        <source>Only between</source>
        <translation>이 시간대에만</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_box.py" line="54"/>
        <source>every day; paused outside these hours</source>
        <translation>매일, 이 시간 밖에서는 잠시 멈춤</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_box.py" line="87"/>
        <source>The start time is in the past: choose a later one.</source>
        <translation>시작 시각이 이미 지났습니다. 더 늦은 시각을 고르세요.</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_box.py" line="89"/>
        <source>The send window is empty: choose two different times.</source>
        <translation>발송 시간대가 비어 있습니다. 서로 다른 두 시각을 고르세요.</translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message>
        <location filename="../pages/send_schedule.py" line="70"/>
        <source>Campaign scheduled</source>
        <translation>캠페인 예약됨</translation>
    </message>
    <message>
        <location filename="../pages/send_schedule.py" line="72"/>
        <source>“%1” is scheduled for %2. Bulk Mailer starts it then if it is running; if it is not, it asks at the next start.</source>
        <translation>“%1”을(를) %2에 보내도록 예약했습니다. 그때 Bulk Mailer가 실행 중이면 자동으로 시작하고, 실행 중이 아니면 다음에 시작할 때 물어봅니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_schedule.py" line="87"/>
        <source>Next scheduled: “%1” at %2 (in %3)</source>
        <translation>다음 예약: “%1” %2 (%3 후)</translation>
    </message>
</context>
<context>
    <name>SendAgain</name>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="37"/>
        <source>who did not open it</source>
        <translation>열어 보지 않은 사람</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="38"/>
        <source>who opened it</source>
        <translation>열어 본 사람</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="39"/>
        <source>who clicked a link</source>
        <translation>링크를 누른 사람</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="40"/>
        <source>whose mailbox was full or unavailable (soft bounce)</source>
        <translation>메일함이 가득 찼거나 잠시 받을 수 없었던 사람 (일시적 반송)</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="43"/>
        <source>in doubt (the app stopped while sending: they may have it already)</source>
        <translation>확인 불가 (보내는 중에 앱이 멈춤: 이미 받았을 수 있음)</translation>
    </message>
</context>
<context>
    <name>SendAgainDialog</name>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="86"/>
        <source>Send again to part of “%1”</source>
        <translation>“%1”의 일부에게 다시 보내기</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="91"/>
        <source>any link</source>
        <translation>아무 링크</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="95"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="96"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="105"/>
        <source>Create and send</source>
        <translation>만들고 보내기</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="110"/>
        <source>Recipients:</source>
        <translation>받는 사람:</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="111"/>
        <source>Clicked:</source>
        <translation>누른 링크:</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="112"/>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="128"/>
        <source>Template folder</source>
        <translation>템플릿 폴더</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="139"/>
        <source>Choose a template folder.</source>
        <translation>템플릿 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="145"/>
        <source>Counting…</source>
        <translation>세는 중…</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="157"/>
        <source>%1 recipients will get “%2”.</source>
        <translation>%1명이 “%2”을(를) 받습니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/send_again_dialog.py" line="161"/>
        <source>%1 are left out: they bounced, complained or unsubscribed since.</source>
        <translation>%1명은 제외됩니다: 그 뒤에 반송되었거나, 스팸 신고를 했거나, 수신 거부했습니다.</translation>
    </message>
</context>
<context>
    <name>SendChart</name>
    <message>
        <location filename="../widgets/send_chart.py" line="39"/>
        <source>Sent per second</source>
        <translation>초당 발송</translation>
    </message>
    <message>
        <location filename="../widgets/send_chart.py" line="40"/>
        <source>Delivered (total)</source>
        <translation>전달됨 (누적)</translation>
    </message>
    <message>
        <location filename="../widgets/send_chart.py" line="41"/>
        <source>Bounced (total)</source>
        <translation>반송됨 (누적)</translation>
    </message>
    <message>
        <location filename="../widgets/send_chart.py" line="45"/>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../widgets/send_chart.py" line="49"/>
        <source>Per second</source>
        <translation>초당</translation>
    </message>
    <message>
        <location filename="../widgets/send_chart.py" line="52"/>
        <source>Messages</source>
        <translation>메일 수</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../pages/send_page.py" line="66"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="142"/>
        <source>No recipients: open a recipient file.</source>
        <translation>받는 사람이 없습니다: 받는 사람 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="144"/>
        <source>The recipient file has no valid address.</source>
        <translation>받는 사람 파일에 올바른 주소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="148"/>
        <source>The segment filter is being counted or is not understood.</source>
        <translation>세그먼트 조건을 세는 중이거나 이해할 수 없는 조건입니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="154"/>
        <source>No valid recipient matches the segment filter.</source>
        <translation>세그먼트 조건에 맞는 유효한 수신자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="157"/>
        <source>No template: pick a template folder.</source>
        <translation>템플릿이 없습니다: 템플릿 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="159"/>
        <source>No sender: fill in the From address on the Template step.</source>
        <translation>보낸 사람이 없습니다: 템플릿 단계에서 보낸 사람 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="168"/>
        <source>The template uses %1, which the recipient file has no column for.</source>
        <translation>템플릿이 %1을(를) 사용하지만 받는 사람 파일에 해당 열이 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="180"/>
        <source>%1 row(s) have no attachment file, the first %2 (row %3); add the files, or skip those rows: missing_attachment = &quot;skip&quot; in template.toml.</source>
        <translation>%1개 행에 첨부 파일이 없습니다. 첫 번째는 %2 (%3행)입니다. 파일을 넣거나, 그 행들을 건너뛰세요: template.toml에 missing_attachment = &quot;skip&quot;.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="194"/>
        <source>No recipient&apos;s message can be built: %1</source>
        <translation>어떤 받는 사람의 메시지도 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="286"/>
        <location filename="../pages/send_page.py" line="344"/>
        <location filename="../pages/send_page.py" line="360"/>
        <source>A/B test</source>
        <translation>A/B 테스트</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="346"/>
        <source>The A/B test&apos;s other variants were not sent: %1. Send them from the Campaigns page (Resume) before the winner is chosen.</source>
        <translation>A/B 테스트의 다른 변형이 발송되지 않았습니다: %1. 승자가 정해지기 전에 캠페인 페이지에서 (재개로) 보내세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="362"/>
        <source>The variants of “%1” are sent. At %2 the subject that did best goes to the rest of the list (campaign %3). Bulk Mailer must be running then; if it is not, it asks at the next start. The Report tab shows each variant.</source>
        <translation>“%1”의 변형을 모두 보냈습니다. %2에 결과가 가장 좋은 제목이 목록의 나머지에게 발송됩니다(캠페인 %3). 그때 Bulk Mailer가 실행 중이어야 하며, 실행 중이 아니면 다음 시작 때 물어봅니다. 보고서 탭에서 변형별 결과를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="375"/>
        <source>Bulk Mailer</source>
        <translation>Bulk Mailer</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="376"/>
        <source>Another campaign is sending. Wait for it to end, or pause and cancel it.</source>
        <translation>다른 캠페인이 발송 중입니다. 끝날 때까지 기다리거나, 일시 중지한 뒤 취소하세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="385"/>
        <source>Campaign %1</source>
        <translation>캠페인 %1</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="491"/>
        <source>A campaign is sending</source>
        <translation>캠페인 발송 중</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="493"/>
        <source>Stop sending and quit? The campaign is paused safely: nothing is lost or sent twice, and you can resume it when you open Bulk Mailer again.</source>
        <translation>발송을 멈추고 종료할까요? 캠페인은 안전하게 일시 중지됩니다. 잃어버리거나 두 번 보내는 메일은 없으며, Bulk Mailer를 다시 열면 이어서 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="524"/>
        <source>The campaign “%1” stopped before the end: %2 messages are not sent yet. It last sent on %3. Resume it now?</source>
        <translation>캠페인 “%1”이(가) 끝나기 전에 멈췄습니다. 메일 %2통을 아직 보내지 않았습니다. 마지막으로 보낸 시각: %3. 지금 이어서 보낼까요?</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="532"/>
        <source>Also unfinished (see the Campaigns page):</source>
        <translation>끝나지 않은 다른 캠페인 (캠페인 페이지에서 볼 수 있습니다):</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="534"/>
        <source>“%1”: %2 not sent, last sent on %3</source>
        <translation>“%1”: %2통 보내지 않음, 마지막 발송 %3</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="540"/>
        <source>Unfinished campaign</source>
        <translation>끝나지 않은 캠페인</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="555"/>
        <source>“%1” did not finish: %2 messages are not sent yet (last sent on %3).</source>
        <translation>“%1”이(가) 끝나지 않았습니다. 메일 %2통을 아직 보내지 않았습니다 (마지막 발송 %3).</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="571"/>
        <source>%1, line %2</source>
        <translation>%1, %2번째 줄</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="576"/>
        <source>A link in %1 has no address (href=&quot;&quot;): give it its URL or remove it.</source>
        <translation>%1의 링크에 주소가 없습니다(href=&quot;&quot;). URL을 넣거나 링크를 지우세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="580"/>
        <source>A link of the template has no address for row %2 (%3).</source>
        <translation>%2행(%3)에서 템플릿의 링크 주소가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="584"/>
        <source>The unsubscribe link (%1) is empty: fill in Unsubscribe (a link or a mailto) in the sender settings or `unsubscribe` in template.toml.</source>
        <translation>수신 거부 링크(%1)가 비어 있습니다. 보내는 사람 설정의 수신 거부 칸(링크 또는 mailto)이나 template.toml의 `unsubscribe`를 채우세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="590"/>
        <source>The link in %1 is empty for row %2 (%3): fill that cell for every row or put the link inside {% if %}.</source>
        <translation>%1의 링크가 %2행(%3)에서 비어 있습니다. 모든 행에 그 칸을 채우거나 링크를 {% if %} 안에 넣으세요.</translation>
    </message>
    <message>
        <location filename="../pages/send_page.py" line="558"/>
        <source>(%1 more unfinished on the Campaigns page.)</source>
        <translation>(캠페인 화면에 끝나지 않은 캠페인이 %1개 더 있습니다.)</translation>
    </message>
</context>
<context>
    <name>SenderPanel</name>
    <message>
        <location filename="../widgets/sender_panel.py" line="42"/>
        <source>Sender</source>
        <translation>보낸 사람</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="45"/>
        <source>e.g. Hana Flower Shop</source>
        <translation>예: 하나 꽃집</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="52"/>
        <source>news@example.com</source>
        <translation>news@example.com</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="54"/>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="57"/>
        <location filename="../widgets/sender_panel.py" line="181"/>
        <source>https://… or mailto:… (several: separate with spaces)</source>
        <translation>https://… 또는 mailto:… (여러 개는 공백으로 구분)</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="66"/>
        <source>From name:</source>
        <translation>보낸 사람 이름:</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="67"/>
        <source>From address:</source>
        <translation>보낸 사람 주소:</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="68"/>
        <source>Reply-To:</source>
        <translation>회신 주소:</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="69"/>
        <source>Unsubscribe:</source>
        <translation>수신 거부:</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="93"/>
        <source>Any address at a verified domain works: %1</source>
        <translation>인증된 도메인의 주소는 모두 사용할 수 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="155"/>
        <source>From name</source>
        <translation>보낸 사람 이름</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="156"/>
        <source>From address</source>
        <translation>보낸 사람 주소</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="157"/>
        <source>Reply-To</source>
        <translation>회신 주소</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="158"/>
        <source>Unsubscribe</source>
        <translation>수신 거부</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="164"/>
        <source>Use the template&apos;s sender?</source>
        <translation>템플릿의 보낸 사람을 쓸까요?</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="165"/>
        <source>The template %1 sets:
%2

Replace what you entered?</source>
        <translation>템플릿 %1의 설정:
%2

입력한 값을 이것으로 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="179"/>
        <source>From the template: %1</source>
        <translation>템플릿 설정: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sender_panel.py" line="201"/>
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
        <translation>설정 점검 목록은 Amazon SES 프로필에 해당합니다. 지금 프로필은 로컬 보관함이나 SMTP 서버로 보냅니다. 설정 &gt; 계정 및 프로필에서 SES 프로필을 추가하거나 고르세요.</translation>
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
        <location filename="../pages/setup_page.py" line="228"/>
        <source>newsletter</source>
        <translation>newsletter</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="230"/>
        <source>The audience&apos;s name for SES: letters A-Z, digits, - and _ (at most 64).</source>
        <translation>SES에서 쓰는 수신 그룹 이름: 영문자 A-Z, 숫자, - 와 _ (최대 64자).</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="233"/>
        <location filename="../pages/setup_page.py" line="602"/>
        <source>Newsletter</source>
        <translation>뉴스레터</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="235"/>
        <source>What SES&apos;s unsubscribe page shows your readers (Korean is fine).</source>
        <translation>SES 수신거부 페이지에서 구독자에게 보이는 이름입니다(한국어 가능).</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="237"/>
        <source>Create audience</source>
        <translation>수신 그룹 만들기</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="240"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="242"/>
        <source>Shown as:</source>
        <translation>표시 이름:</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="261"/>
        <source>Identity</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="262"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="263"/>
        <source>Verified</source>
        <translation>인증됨</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="264"/>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="265"/>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="274"/>
        <source>Delete identity…</source>
        <translation>자격 증명 삭제…</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="297"/>
        <source>Delivery attempts (two weeks):</source>
        <translation>전달 시도 (2주):</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="298"/>
        <source>Bounce rate:</source>
        <translation>반송률:</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="299"/>
        <source>Complaint rate:</source>
        <translation>스팸 신고율:</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="300"/>
        <source>Account status:</source>
        <translation>계정 상태:</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="333"/>
        <source>the default region</source>
        <translation>기본 리전</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="335"/>
        <source>Profile “%1”, region %2.</source>
        <translation>프로필 “%1”, 리전 %2.</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="356"/>
        <source>Checking…</source>
        <translation>점검 중…</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="388"/>
        <source>Checked at %1</source>
        <translation>%1에 점검함</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="422"/>
        <source>Not checked</source>
        <translation>점검하지 못함</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="456"/>
        <source>domain</source>
        <translation>도메인</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="456"/>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="457"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="457"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="467"/>
        <source>No identities yet: create the domain identity on the Checklist tab.</source>
        <translation>아직 자격 증명이 없습니다. 점검 목록 탭에서 도메인 자격 증명을 만드세요.</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="509"/>
        <source>Rates over the last two weeks as SES counts them. SES reviews an account whose bounce rate reaches 5% or complaint rate 0.1%.</source>
        <translation>SES가 집계한 최근 2주의 비율입니다. 반송률이 5%, 스팸 신고율이 0.1%에 이르면 SES가 계정을 검토합니다.</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="516"/>
        <source>%1 (SES reviews at %2)</source>
        <translation>%1 (SES 검토 기준 %2)</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="559"/>
        <source>Type the domain you send from, e.g. example.com.</source>
        <translation>보내는 도메인을 입력하세요. 예: example.com</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="567"/>
        <source>Creating the domain identity…</source>
        <translation>도메인 자격 증명을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="577"/>
        <source>Setting the MAIL FROM domain…</source>
        <translation>MAIL FROM 도메인을 설정하는 중…</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="583"/>
        <source>Setting up tracking… (this takes a few seconds)</source>
        <translation>추적을 설정하는 중… (몇 초 걸립니다)</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="605"/>
        <source>Creating the audience…</source>
        <translation>수신 그룹을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="635"/>
        <source>Delete identity</source>
        <translation>자격 증명 삭제</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="637"/>
        <source>Delete the identity %1 from Amazon SES? Mail from it stops at once; a domain must be verified again (new DKIM records) to use it later.</source>
        <translation>Amazon SES에서 자격 증명 %1을(를) 삭제할까요? 이 자격 증명으로는 즉시 보낼 수 없게 되며, 도메인은 나중에 쓰려면 다시 인증해야 합니다(새 DKIM 레코드).</translation>
    </message>
    <message>
        <location filename="../pages/setup_page.py" line="648"/>
        <source>Deleting %1…</source>
        <translation>%1 삭제 중…</translation>
    </message>
</context>
<context>
    <name>StatsChart</name>
    <message>
        <location filename="../widgets/stats_chart.py" line="35"/>
        <source>Delivery attempts</source>
        <translation>전달 시도</translation>
    </message>
    <message>
        <location filename="../widgets/stats_chart.py" line="42"/>
        <source>Bounces</source>
        <translation>반송</translation>
    </message>
    <message>
        <location filename="../widgets/stats_chart.py" line="43"/>
        <source>Complaints</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../widgets/stats_chart.py" line="44"/>
        <source>Rejects</source>
        <translation>거부</translation>
    </message>
    <message>
        <location filename="../widgets/stats_chart.py" line="51"/>
        <source>Delivery attempts per day</source>
        <translation>하루 전달 시도</translation>
    </message>
    <message>
        <location filename="../widgets/stats_chart.py" line="54"/>
        <source>Bounces, complaints, rejects</source>
        <translation>반송, 스팸 신고, 거부</translation>
    </message>
</context>
<context>
    <name>SubjectLine</name>
    <message>
        <location filename="../widgets/ab_box.py" line="48"/>
        <source>Subject line (Jinja, like subject.txt)</source>
        <translation>제목 (subject.txt처럼 Jinja 사용 가능)</translation>
    </message>
    <message>
        <location filename="../widgets/ab_box.py" line="52"/>
        <source>Remove this subject</source>
        <translation>이 제목 빼기</translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="79"/>
        <source>Suppression list</source>
        <translation>발송 제외 목록</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="86"/>
        <source>Search addresses…</source>
        <translation>주소 검색…</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="90"/>
        <source>All reasons</source>
        <translation>모든 사유</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="101"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="102"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="103"/>
        <source>Detail</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="104"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="105"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="120"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="122"/>
        <source>Remove…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="125"/>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="127"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="176"/>
        <source>%1 of %2 entries</source>
        <translation>%2개 중 %1개</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="203"/>
        <source>Add to the suppression list</source>
        <translation>발송 제외 목록에 추가</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="204"/>
        <source>Addresses (separated by commas or spaces):</source>
        <translation>주소(쉼표나 공백으로 구분):</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="218"/>
        <source>%1 unsubscribed. Sending to them again needs their new, explicit consent (Gmail, Yahoo and Korean law all ask for it); mail without it becomes spam complaints. Did they ask to receive the mail again?</source>
        <translation>%1 님은 수신거부했습니다. 다시 보내려면 본인의 새롭고 명시적인 동의가 필요합니다(Gmail, Yahoo와 한국 법 모두 요구합니다). 동의 없이 보내면 스팸 신고로 이어집니다. 이분이 다시 받겠다고 요청했습니까?</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="224"/>
        <source>Remove %1 from the suppression list? Campaigns will send to it again.</source>
        <translation>%1 을(를) 발송 제외 목록에서 삭제할까요? 이후 캠페인은 이 주소로 다시 보냅니다.</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="227"/>
        <source>Remove from the suppression list</source>
        <translation>발송 제외 목록에서 삭제</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="239"/>
        <source>Import addresses</source>
        <translation>주소 가져오기</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="239"/>
        <source>Tables (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>표 파일 (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="249"/>
        <source>Export the suppression list</source>
        <translation>발송 제외 목록 내보내기</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../pages/template_page.py" line="250"/>
        <source>Open in editor</source>
        <translation>편집기에서 열기</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="251"/>
        <source>Open the file shown below in your editor</source>
        <translation>아래에 보이는 파일을 편집기에서 엽니다</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="253"/>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="256"/>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="270"/>
        <source>This is a template shipped with Bulk Mailer: it is never changed. Edit it here and Save keeps your version as a copy in your templates folder.</source>
        <translation>Bulk Mailer에 포함된 템플릿이라 원본은 바뀌지 않습니다. 여기서 고친 뒤 저장하면 내 템플릿 폴더에 사본으로 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="280"/>
        <source>Click a name to insert it where the cursor is</source>
        <translation>이름을 클릭하면 커서 위치에 넣습니다</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="284"/>
        <source>Variables</source>
        <translation>변수</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="309"/>
        <source>Other folder…</source>
        <translation>다른 폴더…</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="316"/>
        <source>Choose a template folder</source>
        <translation>템플릿 폴더 선택</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="420"/>
        <source>Shared with other templates: not edited from here</source>
        <translation>다른 템플릿과 함께 쓰는 파일이라 여기서는 고칠 수 없습니다</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="439"/>
        <source>Changed in two places</source>
        <translation>두 곳에서 바뀜</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="441"/>
        <source>%1 was changed by another program while you have unsaved changes here. Load the other program&apos;s version (your changes here are lost)?</source>
        <translation>%1 파일이 다른 프로그램에서 바뀌었는데, 여기에도 저장하지 않은 변경이 있습니다. 다른 프로그램의 내용을 불러올까요? (여기서 바꾼 내용은 사라집니다)</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="603"/>
        <source>Choose a template to see its variables.</source>
        <translation>템플릿을 고르면 변수를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="617"/>
        <source>A column not used yet: click to insert it</source>
        <translation>아직 쓰지 않은 열입니다: 클릭하면 넣습니다</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="625"/>
        <source>Every variable has a matching column. Click one to insert it.</source>
        <translation>모든 변수에 맞는 열이 있습니다. 클릭하면 넣습니다.</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="631"/>
        <source>Used in %1</source>
        <translation>쓰인 곳: %1</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="637"/>
        <source>Empty: no unsubscribe link or mailto is set. Fill in Unsubscribe (sender settings) or `unsubscribe` in template.toml.</source>
        <translation>비어 있음: 수신 거부 링크나 mailto가 설정되지 않았습니다. 보낸 사람 설정의 수신 거부 칸이나 template.toml의 `unsubscribe`를 채우세요.</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="643"/>
        <source>No column of the recipients file is called this</source>
        <translation>받는 사람 파일에 이 이름의 열이 없습니다</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="649"/>
        <source>Built in: filled in by Bulk Mailer</source>
        <translation>기본 제공: Bulk Mailer가 채워 줍니다</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="693"/>
        <source>Save as a copy…</source>
        <translation>사본으로 저장…</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="783"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="784"/>
        <source>The template %1 has unsaved changes. Save them?</source>
        <translation>템플릿 %1에 저장하지 않은 변경이 있습니다. 저장할까요?</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="620"/>
        <source>Open a recipients file to check these against its columns.</source>
        <translation>받는 사람 파일을 열면 열 이름과 맞는지 확인합니다.</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="173"/>
        <source>Go to line</source>
        <translation>해당 줄로 이동</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="185"/>
        <source>Write the plain-text part</source>
        <translation>텍스트 본문 직접 쓰기</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="188"/>
        <source>The plain-text part is made from the HTML now. Start a body.txt from it to write it yourself.</source>
        <translation>지금은 텍스트 본문을 HTML에서 만들어 냅니다. 이것을 바탕으로 body.txt를 만들어 직접 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="244"/>
        <source>New template…</source>
        <translation>새 템플릿…</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="245"/>
        <source>Copy a starter template into your templates folder</source>
        <translation>기본 템플릿을 내 템플릿 폴더로 복사합니다</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="247"/>
        <location filename="../pages/template_page.py" line="693"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../pages/template_page.py" line="248"/>
        <source>Save the changed files (Ctrl+S)</source>
        <translation>바뀐 파일 저장 (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/template_page.py" line="622"/>
        <source>%n variable(s) have no matching column: %1</source>
        <translation>
            <numerusform>변수 %n개에 맞는 열이 없습니다: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../widgets/report_chart.py" line="30"/>
        <source>Sends</source>
        <translation>발송</translation>
    </message>
    <message>
        <location filename="../widgets/report_chart.py" line="31"/>
        <source>Deliveries</source>
        <translation>전달</translation>
    </message>
    <message>
        <location filename="../widgets/report_chart.py" line="32"/>
        <source>Opens</source>
        <translation>열람</translation>
    </message>
    <message>
        <location filename="../widgets/report_chart.py" line="33"/>
        <source>Clicks</source>
        <translation>클릭</translation>
    </message>
    <message>
        <location filename="../widgets/report_chart.py" line="39"/>
        <source>Hour (local time)</source>
        <translation>시각 (현지 시간)</translation>
    </message>
    <message>
        <location filename="../widgets/report_chart.py" line="42"/>
        <source>Per hour</source>
        <translation>시간별</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <location filename="../ops/account.py" line="37"/>
        <location filename="../ops/account.py" line="42"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="46"/>
        <source>Sending rate: %1</source>
        <translation>발송 속도: %1</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="48"/>
        <source>Daily quota: %1 (%2 sent in the last 24 hours)</source>
        <translation>일일 할당량: %1 (최근 24시간 동안 %2건 발송)</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="54"/>
        <source>Production access: sending to anyone</source>
        <translation>프로덕션 액세스: 누구에게나 발송 가능</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="56"/>
        <source>Sandbox: only verified addresses and the mailbox simulator receive mail</source>
        <translation>샌드박스: 인증된 주소와 메일박스 시뮬레이터만 메일을 받습니다</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="62"/>
        <source>Sending is PAUSED for this account (%1).</source>
        <translation>이 계정은 발송이 일시 중지되었습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="68"/>
        <source>Identities:</source>
        <translation>자격 증명(ID):</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="70"/>
        <source>No verified identities yet.</source>
        <translation>아직 인증된 자격 증명(ID)이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="74"/>
        <source>verified</source>
        <translation>인증됨</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="76"/>
        <source>not verified</source>
        <translation>인증 안 됨</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="83"/>
        <source>The limits of the Amazon SES account behind this SMTP endpoint could not be read (no AWS credentials for the SES API): the sandbox&apos;s are used, 1 a second and 200 a day. Set this profile&apos;s limits to your account&apos;s.</source>
        <translation>이 SMTP 엔드포인트 뒤의 Amazon SES 계정 한도를 읽지 못했습니다(SES API용 AWS 자격 증명 없음). 샌드박스 한도인 초당 1통, 하루 200통을 사용합니다. 이 프로필의 한도를 계정 한도에 맞게 설정하세요.</translation>
    </message>
    <message>
        <location filename="../ops/account.py" line="92"/>
        <source>SMTP limits are the ones set in this profile (by default none, or the SES account&apos;s for an SES SMTP endpoint); send a test message from the preview to check the server and password.</source>
        <translation>SMTP 한도는 이 프로필에 설정한 값입니다(기본값은 없음, SES SMTP 엔드포인트는 SES 계정 한도). 미리보기에서 테스트 메일을 보내 서버와 비밀번호를 확인하세요.</translation>
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
        <location filename="../models/checklist.py" line="45"/>
        <source>Audiences and unsubscribes</source>
        <translation>수신 그룹과 수신거부</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="53"/>
        <source>success</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="54"/>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="55"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="56"/>
        <source>temporary failure</source>
        <translation>일시적 실패</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="57"/>
        <source>not started</source>
        <translation>시작 안 됨</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="58"/>
        <source>granted</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="59"/>
        <source>denied</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="60"/>
        <source>healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="61"/>
        <source>on probation (under review)</source>
        <translation>유예 중 (검토 중)</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="62"/>
        <source>shut down (sending paused)</source>
        <translation>중지됨 (발송 일시 중지)</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="73"/>
        <source>Not checked: the AWS credentials must work first.</source>
        <translation>점검하지 않았습니다. 먼저 AWS 자격 증명이 작동해야 합니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="77"/>
        <source>Needs a sending domain first.</source>
        <translation>먼저 보내는 도메인이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="78"/>
        <source>Could not be checked: %1</source>
        <translation>점검하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="84"/>
        <source>Signed in to AWS account %1 as %2.</source>
        <translation>AWS 계정 %1에 %2(으)로 로그인했습니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="88"/>
        <source>The credentials do not work: %1 Fix them in Settings &gt; Account and profiles.</source>
        <translation>자격 증명이 작동하지 않습니다: %1 설정 &gt; 계정 및 프로필에서 고치세요.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="98"/>
        <source>DMARC record found: %1</source>
        <translation>DMARC 레코드를 찾았습니다: %1</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="102"/>
        <source>The DMARC record needs a fix: %1</source>
        <translation>DMARC 레코드를 고쳐야 합니다: %1</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="105"/>
        <source>No DMARC record yet: publish the record below (p=none is enough for Gmail and Yahoo).</source>
        <translation>아직 DMARC 레코드가 없습니다. 아래 레코드를 게시하세요(Gmail과 Yahoo에는 p=none으로 충분합니다).</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="114"/>
        <source>Delivery tracking is set up: bounces and complaints reach the app.</source>
        <translation>전달 추적이 설정되어 있습니다. 반송과 스팸 신고가 앱에 들어옵니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="117"/>
        <source>Tracking is not set up: bounces and complaints will not reach the app.</source>
        <translation>추적이 설정되지 않았습니다. 반송과 스팸 신고가 앱에 들어오지 않습니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="131"/>
        <source>Contact list %1 with the audiences %2: Amazon SES adds one-click unsubscribe to each campaign sent to one of them.</source>
        <translation>연락처 목록 %1, 수신 그룹 %2: 이 그룹으로 보내는 캠페인마다 Amazon SES가 원클릭 수신거부를 넣어 줍니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="140"/>
        <source>The audiences could not be read: %1</source>
        <translation>수신 그룹을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="143"/>
        <source>No audience yet: create one (for example Newsletter) so Amazon SES adds one-click unsubscribe and hosts the unsubscribe page for you - no web server needed.</source>
        <translation>아직 수신 그룹이 없습니다. 하나 만들면(예: 뉴스레터) Amazon SES가 원클릭 수신거부를 넣고 수신거부 페이지도 대신 운영합니다. 웹 서버가 필요 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="154"/>
        <source>No sending domain: set a From address in the profile, or type the domain below.</source>
        <translation>보내는 도메인이 없습니다. 프로필에 보내는 사람 주소를 넣거나 아래에 도메인을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="159"/>
        <source>%1 is verified and DKIM signs its mail.</source>
        <translation>%1은(는) 인증되었고 DKIM이 메일에 서명합니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="163"/>
        <source>%1 is not an SES identity yet: create it below (Easy DKIM).</source>
        <translation>%1은(는) 아직 SES 자격 증명이 아닙니다. 아래에서 만드세요(Easy DKIM).</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="169"/>
        <source>SES could not find the DKIM records of %1 (DKIM: %2): check the three CNAME records below; SES then checks again.</source>
        <translation>SES가 %1의 DKIM 레코드를 찾지 못했습니다(DKIM: %2). 아래 CNAME 레코드 세 개를 확인하세요. SES가 다시 확인합니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="178"/>
        <source>%1 waits for its DKIM records (DKIM: %2; %3 of %4 found in DNS): publish the CNAME records below. SES checks DNS by itself, usually within an hour.</source>
        <translation>%1은(는) DKIM 레코드를 기다리고 있습니다(DKIM: %2, DNS에서 %4개 중 %3개 찾음). 아래 CNAME 레코드를 게시하세요. SES가 보통 한 시간 안에 DNS를 스스로 확인합니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="195"/>
        <source>No custom MAIL FROM domain yet: set one (e.g. mail.%1) so SPF aligns with your From domain.</source>
        <translation>아직 사용자 지정 MAIL FROM 도메인이 없습니다. SPF가 보내는 사람 도메인과 맞도록 하나 설정하세요(예: mail.%1).</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="200"/>
        <source>Create the domain identity first (the step above).</source>
        <translation>먼저 도메인 자격 증명을 만드세요(위 단계).</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="204"/>
        <source>MAIL FROM %1: MX and SPF records found.</source>
        <translation>MAIL FROM %1: MX와 SPF 레코드를 찾았습니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="208"/>
        <source>MAIL FROM %1 (SES: %2): publish the MX and SPF records below.</source>
        <translation>MAIL FROM %1 (SES: %2): 아래 MX와 SPF 레코드를 게시하세요.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="220"/>
        <source>The account has production access: it can send to anyone.</source>
        <translation>계정에 프로덕션 액세스가 있습니다. 누구에게나 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="225"/>
        <source>The production access request was %1 (case %2): read AWS&apos;s answer in the AWS Support Center, then ask again.</source>
        <translation>프로덕션 액세스 요청 결과: %1 (케이스 %2). AWS Support Center에서 AWS의 답변을 읽은 뒤 다시 요청하세요.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="235"/>
        <source>Production access requested (case %1): %2. AWS usually answers within a day.</source>
        <translation>프로덕션 액세스를 요청했습니다(케이스 %1): %2. AWS는 보통 하루 안에 답합니다.</translation>
    </message>
    <message>
        <location filename="../models/checklist.py" line="242"/>
        <source>The account is in the SES sandbox: it sends only to verified addresses. Request production access.</source>
        <translation>계정이 SES 샌드박스에 있어 인증된 주소에만 보냅니다. 프로덕션 액세스를 요청하세요.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="58"/>
        <source>Bulk Mailer</source>
        <translation>Bulk Mailer</translation>
    </message>
    <message>
        <location filename="../errors.py" line="99"/>
        <source>&apos;%1&apos; is undefined; add that column to the recipients file or fix the name.</source>
        <translation>변수 &apos;%1&apos;이(가) 없습니다. 받는 사람 파일에 그 열을 추가하거나 이름을 고치세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="103"/>
        <source>%1, line %2</source>
        <translation>%1, %2번째 줄</translation>
    </message>
    <message>
        <location filename="../errors.py" line="112"/>
        <source>store</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../errors.py" line="113"/>
        <source>read</source>
        <translation>읽기</translation>
    </message>
    <message>
        <location filename="../errors.py" line="114"/>
        <source>delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../errors.py" line="117"/>
        <source>the AWS access key ID</source>
        <translation>AWS 액세스 키 ID</translation>
    </message>
    <message>
        <location filename="../errors.py" line="118"/>
        <source>the AWS secret key</source>
        <translation>AWS 비밀 액세스 키</translation>
    </message>
    <message>
        <location filename="../errors.py" line="119"/>
        <source>the SMTP password</source>
        <translation>SMTP 비밀번호</translation>
    </message>
    <message>
        <location filename="../errors.py" line="122"/>
        <source>The system keyring could not %1 %2 of profile “%3”; unlock the keyring and try again.</source>
        <translation>시스템 키링에서 프로필 “%3”의 %2 %1에 실패했습니다. 키링 잠금을 해제하고 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="131"/>
        <source>%1 cannot be read: you do not have permission to open it.</source>
        <translation>%1 파일을 읽을 수 없습니다. 이 파일을 열 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="135"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 파일을 읽을 수 없습니다 (%2).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="141"/>
        <source>%1 is not valid %2 text at line %3, column %4; choose the encoding in the encoding picker, or save the file as UTF-8.</source>
        <translation>%1 파일의 %3번째 줄 %4번째 글자가 올바른 %2 텍스트가 아닙니다. 인코딩 선택에서 인코딩을 고르거나 파일을 UTF-8로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="147"/>
        <source>%1 is not UTF-8 from line %2, column %3 on, and no encoding reads it with confidence; choose the encoding in the encoding picker, or save the file as UTF-8.</source>
        <translation>%1 파일은 %2번째 줄 %3번째 글자부터 UTF-8이 아니며, 확실하게 읽을 수 있는 인코딩을 찾지 못했습니다. 인코딩 선택에서 인코딩을 고르거나 파일을 UTF-8로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="157"/>
        <source>The sender (From)</source>
        <translation>보내는 사람(From) 주소</translation>
    </message>
    <message>
        <location filename="../errors.py" line="158"/>
        <source>The reply-to address</source>
        <translation>회신 주소(Reply-To)</translation>
    </message>
    <message>
        <location filename="../errors.py" line="159"/>
        <source>The recipient (To)</source>
        <translation>받는 사람(To) 주소</translation>
    </message>
    <message>
        <location filename="../errors.py" line="162"/>
        <source>%1 “%2” is not a valid e-mail address (like Name &lt;name@example.com&gt;).</source>
        <translation>%1 “%2”은(는) 올바른 이메일 주소가 아닙니다 (예: 이름 &lt;name@example.com&gt;).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="170"/>
        <source>no answer in time</source>
        <translation>제시간에 응답이 없습니다</translation>
    </message>
    <message>
        <location filename="../errors.py" line="171"/>
        <source>the connection was refused</source>
        <translation>연결이 거부되었습니다</translation>
    </message>
    <message>
        <location filename="../errors.py" line="172"/>
        <source>the host name was not found</source>
        <translation>호스트 이름을 찾을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../errors.py" line="175"/>
        <source>Could not connect to %1 (%2); check the host, port and security settings. Sending is retried.</source>
        <translation>%1에 연결할 수 없습니다 (%2). 호스트, 포트, 보안 설정을 확인하세요. 발송은 다시 시도합니다.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="191"/>
        <source>No usable system keyring was found, so the secret cannot be stored safely. Install and unlock one (GNOME Keyring or KWallet on Linux; Keychain on macOS and Credential Manager on Windows work out of the box), or use a named AWS profile (~/.aws/credentials) for SES, or the MAILER_SMTP_PASSWORD environment variable for SMTP.</source>
        <translation>사용할 수 있는 시스템 키링이 없어 비밀 정보를 안전하게 저장할 수 없습니다. 키링을 설치하고 잠금을 해제하거나(Linux는 GNOME 키링 또는 KWallet, macOS의 키체인과 Windows의 자격 증명 관리자는 따로 설정할 필요가 없습니다), SES는 이름 있는 AWS 프로필(~/.aws/credentials)을, SMTP는 MAILER_SMTP_PASSWORD 환경 변수를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="201"/>
        <source>%1 was not found.</source>
        <translation>%1 파일을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="205"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 은(는) 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="208"/>
        <source>%1 is empty.</source>
        <translation>%1 파일이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="212"/>
        <source>%1 is not UTF-8, and its encoding is uncertain: it could be %2; choose the encoding in the encoding picker, or save the file as UTF-8.</source>
        <translation>%1 파일은 UTF-8이 아니며 인코딩을 확실히 알 수 없습니다(%2 중 하나일 수 있습니다). 인코딩 선택에서 인코딩을 고르거나 파일을 UTF-8로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="221"/>
        <source>“%1” is not a known encoding for %2; try utf-8, cp949, utf-16, cp1252, cp932, gb18030 or big5.</source>
        <translation>“%1”은(는) %2 파일에 쓸 수 있는 인코딩이 아닙니다. utf-8, cp949, utf-16, cp1252, cp932, gb18030, big5 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="230"/>
        <source>%1 has no e-mail column (a header such as “email” or “이메일”); its columns are: %2. Rename one or choose it in the e-mail column picker.</source>
        <translation>%1 파일에 이메일 열(“email”이나 “이메일” 같은 머리글)이 없습니다. 열 목록: %2. 열 이름을 바꾸거나 이메일 열 선택에서 직접 고르세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="239"/>
        <source>%1: column %2 has no name in the first row; give it one.</source>
        <translation>%1: %2번째 열의 첫 행에 이름이 없습니다. 열 이름을 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="246"/>
        <source>%1: column %2 has the same name as column %3 (“%4”); rename one.</source>
        <translation>%1: %2번째 열의 이름이 %3번째 열과 같습니다(“%4”). 둘 중 하나의 이름을 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="255"/>
        <source>%1: the first row is not the column names (a title?); they seem to be on row %2: %3. Delete the rows above them, save, and open the file again.</source>
        <translation>%1: 첫 행이 열 이름이 아닙니다(제목인가요?). 열 이름은 %2행에 있는 것 같습니다: %3. 그 위의 행을 지우고 저장한 뒤 파일을 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="265"/>
        <source>%1 has column names but no rows below them.</source>
        <translation>%1에는 열 이름만 있고 그 아래에 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="269"/>
        <source>%1 is an old Excel 97-2003 (.xls) file; open it in Excel and save it as “Excel Workbook (.xlsx)” or CSV.</source>
        <translation>%1은(는) 예전 Excel 97-2003(.xls) 파일입니다. Excel에서 열어 “Excel 통합 문서(.xlsx)”나 CSV로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="277"/>
        <source>%1 is an Excel workbook with another file extension; rename it to .xlsx or save it as CSV.</source>
        <translation>%1은(는) 확장자가 다른 Excel 통합 문서입니다. 이름을 .xlsx로 바꾸거나 CSV로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="285"/>
        <source>%1 is not an Excel workbook (.xlsx); if it is a text table, rename it to .csv.</source>
        <translation>%1은(는) Excel 통합 문서(.xlsx)가 아닙니다. 텍스트 표라면 이름을 .csv로 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="292"/>
        <source>%1 is not a table of recipients: it contains binary data.</source>
        <translation>%1은(는) 받는 사람 표가 아닙니다. 이진 데이터가 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="298"/>
        <source>%1 is a damaged Excel workbook (%2); open it in Excel and save it again.</source>
        <translation>%1은(는) 손상된 Excel 통합 문서입니다(%2). Excel에서 열어 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="306"/>
        <source>The sheet “%2” of %1 is empty.</source>
        <translation>%1의 “%2” 시트가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="311"/>
        <source>%1 refused the sign-in (%2): check the access key or the user name and password in the profile (SES SMTP credentials differ from API keys).</source>
        <translation>%1에서 로그인을 거부했습니다 (%2). 프로필의 액세스 키 또는 사용자 이름과 비밀번호를 확인하세요 (SES SMTP 자격 증명은 API 키와 다릅니다).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="320"/>
        <source>No AWS credentials were found for %1; store an access key pair in the profile, or name an AWS profile.</source>
        <translation>%1에 사용할 AWS 자격 증명을 찾을 수 없습니다. 프로필에 액세스 키를 저장하거나 AWS 프로필 이름을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="328"/>
        <source>%1 stopped sending: sending is paused for this account or configuration set. Check the bounce and complaint rates, then resume sending in the SES console.</source>
        <translation>%1에서 발송을 멈췄습니다. 이 계정 또는 구성 세트의 발송이 일시 중지되어 있습니다. 반송률과 수신 거부 신고율을 확인한 다음 SES 콘솔에서 발송을 재개하세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="337"/>
        <source>%1 is limiting the sending rate; slowing down and retrying.</source>
        <translation>%1에서 발송 속도를 제한하고 있습니다. 속도를 낮춰 다시 시도합니다.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="345"/>
        <source>%1 refused the message to %2 (the server said: “%3”).</source>
        <translation>%1에서 %2 주소로 가는 메시지를 거부했습니다 (서버 응답: “%3”).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="354"/>
        <source>Profile “%1” has no AWS region; set one in the profile or in AWS_REGION (e.g. us-east-1).</source>
        <translation>프로필 “%1”에 AWS 리전이 없습니다. 프로필이나 AWS_REGION에 리전을 설정하세요(예: ap-northeast-2).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="362"/>
        <source>“%1” is not an e-mail address; nothing was added.</source>
        <translation>“%1”은(는) 이메일 주소가 아닙니다. 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="368"/>
        <source>The attachment %1 for this row is not in %2; add the file, or skip rows whose file is missing (missing_attachment = &quot;skip&quot; in template.toml).</source>
        <translation>이 행의 첨부 파일 %1이(가) %2에 없습니다. 파일을 넣거나, 파일이 없는 행은 건너뛰도록 하세요 (template.toml에 missing_attachment = &quot;skip&quot;).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="377"/>
        <source>This message is %1 MB with its attachments; Amazon SES sends at most %2 MB per message. Make the attachments smaller or link to them instead.</source>
        <translation>이 메일은 첨부 파일을 합쳐 %1 MB입니다. Amazon SES는 메일 한 통에 최대 %2 MB까지 보냅니다. 첨부 파일을 줄이거나 링크로 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="386"/>
        <source>%1: the daily sending quota is used up; sending resumes as the 24-hour window frees up.</source>
        <translation>%1: 일일 발송 한도를 모두 썼습니다. 최근 24시간 범위에 여유가 생기는 대로 발송을 다시 시작합니다.</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <location filename="../models/formats.py" line="59"/>
        <source>%1 (line %2)</source>
        <translation>%1 (파일 %2번째 줄)</translation>
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
    <name>report</name>
    <message>
        <location filename="../report_pdf.py" line="57"/>
        <source>over it</source>
        <translation>초과</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="61"/>
        <source>Figure</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="62"/>
        <source>Count</source>
        <translation>수</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="63"/>
        <source>Rate</source>
        <translation>비율</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="64"/>
        <source>Measured on</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="65"/>
        <source>SES review level</source>
        <translation>SES 검토 기준</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="73"/>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="74"/>
        <source>Unique clicks</source>
        <translation>클릭한 사람</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="75"/>
        <source>Total clicks</source>
        <translation>전체 클릭</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="76"/>
        <source>Click-through (of delivered)</source>
        <translation>클릭률 (전달 기준)</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="82"/>
        <source>Domain</source>
        <translation>도메인</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="83"/>
        <location filename="../report_pdf.py" line="98"/>
        <location filename="../widgets/report_words.py" line="13"/>
        <source>Recipients</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="84"/>
        <location filename="../widgets/report_words.py" line="14"/>
        <source>Sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="85"/>
        <location filename="../widgets/report_words.py" line="15"/>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="86"/>
        <source>Bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="87"/>
        <source>Complained</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="88"/>
        <source>Opened</source>
        <translation>열람함</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="94"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="95"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="96"/>
        <source>Subtype</source>
        <translation>세부 유형</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="97"/>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="99"/>
        <source>Diagnostic code</source>
        <translation>진단 코드</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="100"/>
        <source>Examples</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="108"/>
        <source>Campaign %1, created %2</source>
        <translation>캠페인 %1, %2에 만듦</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="112"/>
        <source>Per hour</source>
        <translation>시간별</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="127"/>
        <source>Links</source>
        <translation>링크</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="137"/>
        <source>Domains</source>
        <translation>도메인</translation>
    </message>
    <message>
        <location filename="../report_pdf.py" line="149"/>
        <source>Bounce and failure reasons</source>
        <translation>반송·실패 사유</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="16"/>
        <source>Hard bounced</source>
        <translation>영구 반송</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="17"/>
        <source>Soft bounced</source>
        <translation>일시 반송</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="18"/>
        <source>Complained (marked as spam)</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="19"/>
        <source>Unsubscribed</source>
        <translation>수신 거부</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="20"/>
        <source>Opened (unique)</source>
        <translation>열람 (사람 수)</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="21"/>
        <source>Opens (total)</source>
        <translation>열람 (전체)</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="22"/>
        <source>Clicked (unique)</source>
        <translation>클릭 (사람 수)</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="23"/>
        <source>Clicks (total)</source>
        <translation>클릭 (전체)</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="24"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="25"/>
        <source>In doubt</source>
        <translation>확인 불가</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="26"/>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="27"/>
        <source>Not sent yet</source>
        <translation>아직 안 보냄</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="34"/>
        <source>of recipients</source>
        <translation>받는 사람 대비</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="35"/>
        <source>of messages attempted</source>
        <translation>발송 시도 대비</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="36"/>
        <source>of sent</source>
        <translation>발송 대비</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="37"/>
        <source>of delivered</source>
        <translation>전달 대비</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="43"/>
        <source>Hard bounce</source>
        <translation>영구 반송</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="44"/>
        <source>Soft bounce</source>
        <translation>일시 반송</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="45"/>
        <source>Complaint</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="46"/>
        <source>Rejected by SES</source>
        <translation>SES가 거부</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="47"/>
        <source>Rendering failed</source>
        <translation>렌더링 실패</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="48"/>
        <source>Delivery delayed</source>
        <translation>전달 지연</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="49"/>
        <source>Send failed</source>
        <translation>발송 실패</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="54"/>
        <source>Others</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="58"/>
        <source>(link not recorded: clicked before this version kept links)</source>
        <translation>(링크 기록 없음: 링크를 기록하기 전 버전에서 클릭됨)</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="68"/>
        <source>Opens are estimates: some mail programs block the tracking image (no open is counted) and privacy proxies such as Apple Mail load it for every message (an open is counted that no one made). Clicks are more reliable.</source>
        <translation>열람 수는 추정치입니다. 일부 메일 프로그램은 추적 이미지를 막고(열람이 세어지지 않음), Apple Mail 같은 개인정보 보호 프록시는 모든 메일의 이미지를 미리 불러옵니다(아무도 열지 않은 열람이 세어짐). 클릭 수가 더 믿을 만합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="77"/>
        <source>No opens or clicks were recorded for this campaign: open and click tracking was off when it was sent.</source>
        <translation>이 캠페인에는 기록된 열람·클릭이 없습니다. 보낼 때 열람·클릭 추적이 꺼져 있었습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/report_words.py" line="86"/>
        <source>Cost on Amazon SES: about $%1 (%2 messages: $%3; attachments: $%4)</source>
        <translation>Amazon SES 비용: 약 $%1 (메일 %2통: $%3, 첨부 파일: $%4)</translation>
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
        <location filename="../models/states.py" line="111"/>
        <source>Sending</source>
        <translation>발송 중</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="112"/>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="113"/>
        <source>Waiting for quota</source>
        <translation>할당량 대기 중</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="116"/>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="117"/>
        <source>Stopped (resumable)</source>
        <translation>멈춤 (재개 가능)</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="120"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="121"/>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="122"/>
        <source>Draft (not sent)</source>
        <translation>초안 (보내지 않음)</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="123"/>
        <source>Scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <location filename="../models/states.py" line="124"/>
        <source>Interrupted (resumable)</source>
        <translation>중단됨 (재개 가능)</translation>
    </message>
</context>
<context>
    <name>suppression</name>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="48"/>
        <source>bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="49"/>
        <source>complained</source>
        <translation>스팸 신고</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="50"/>
        <source>unsubscribed</source>
        <translation>수신거부</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="51"/>
        <location filename="../dialogs/suppression_dialog.py" line="64"/>
        <source>added by hand</source>
        <translation>직접 추가</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="52"/>
        <source>SES account list</source>
        <translation>SES 계정 목록</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="53"/>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="61"/>
        <source>from everything</source>
        <translation>전체 수신거부</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="62"/>
        <source>from %1</source>
        <translation>%1 수신거부</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="70"/>
        <source>SES unsubscribe event</source>
        <translation>SES 수신거부 이벤트</translation>
    </message>
    <message>
        <location filename="../dialogs/suppression_dialog.py" line="71"/>
        <source>SES contact list</source>
        <translation>SES 연락처 목록</translation>
    </message>
</context>
<context>
    <name>test_send</name>
    <message>
        <location filename="../ops/trial_send.py" line="46"/>
        <source>This account is in the SES sandbox, which only delivers to verified addresses and the mailbox simulator. Verify %1 first (Settings → Account), or pick a verified address.</source>
        <translation>이 계정은 SES 샌드박스 상태라서 인증된 주소와 메일박스 시뮬레이터에만 발송합니다. 먼저 %1을(를) 인증하거나(설정 → 계정) 인증된 주소를 고르세요.</translation>
    </message>
</context>
</TS>
