<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BuildPage</name>
    <message>
        <source>Build</source>
        <translation>構築</translation>
    </message>
    <message>
        <source>Each host&apos;s progress. A failed build can be retried: it resumes where it stopped.</source>
        <translation>各ホストの進行状況です。失敗した構築は再試行できます。停止した箇所から再開されます。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>B&amp;uild</source>
        <translation>構築(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Not done yet: {0}</source>
        <translation>未完了: {0}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>B&amp;uild again (resume)</source>
        <translation>続きを構築(&amp;U)</translation>
    </message>
    <message>
        <source>pool-wide</source>
        <translation>プール全体</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Stopping: the step running now ends first, then the pool is read back…</source>
        <translation>停止中: 実行中のステップが終わってから、プールを読み直します…</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>構築中…</translation>
    </message>
    <message>
        <source>all steps</source>
        <translation>全ステップ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>Capacity</name>
    <message>
        <source>HA stays off</source>
        <translation>HAは無効のままです</translation>
    </message>
    <message>
        <source>HA needs at least 2 hosts</source>
        <translation>HAには2台以上のホストが必要です</translation>
    </message>
    <message>
        <source>Add hosts or turn HA off.</source>
        <translation>ホストを追加するか、HAを無効にしてください。</translation>
    </message>
    <message>
        <source>own plan: {own}, XAPI: {xapi}</source>
        <translation>ウィザードの計算: {own}、XAPI: {xapi}</translation>
    </message>
    <message>
        <source>own plan: {own}</source>
        <translation>ウィザードの計算: {own}</translation>
    </message>
    <message>
        <source>the pool can tolerate {limit} host failure(s) with its VMs, not {wanted} ({shown})</source>
        <translation>プールが現在のVMを保ったまま許容できるホスト障害は{wanted}台ではなく{limit}台までです ({shown})</translation>
    </message>
    <message>
        <source>Lower it to {limit}, protect fewer VMs, or add memory/hosts.</source>
        <translation>{limit}に下げるか、保護するVMを減らすか、メモリまたはホストを追加してください。</translation>
    </message>
    <message>
        <source>1 is not possible: with one host down, {vms} would find no room. Set less important VMs to {priority}, or add memory or a host.</source>
        <translation>1 は不可能です: ホストが 1 台停止すると、{vms} の空きがありません。重要度の低い VM を {priority} にするか、メモリかホストを追加してください。</translation>
    </message>
    <message>
        <source>0 means HA restarts VMs only if there happens to be room: nothing is reserved</source>
        <translation>0の場合、HAは空きがあるときにだけVMを再起動します。リソースは何も予約されません</translation>
    </message>
    <message>
        <source>{vm} runs on {host} with {free} GiB free; moving its disks live needs its memory ({memory} GiB) free there once more</source>
        <translation>{vm} は {host} 上で動作しており空きは {free} GiB です。ディスクをライブで移動するには、そのホストにメモリ ({memory} GiB) がもう一度分空いている必要があります</translation>
    </message>
    <message>
        <source>Shut it down first (its disks are then copied), free memory on that host, or remove it from move_vms.</source>
        <translation>先にシャットダウンする (その場合ディスクはコピーされます)、そのホストのメモリを空ける、または move_vms から削除してください。</translation>
    </message>
    <message>
        <source>Use 1 when the pool has the headroom.</source>
        <translation>プールに余裕がある場合は1を使用してください。</translation>
    </message>
    <message>
        <source>{wanted} host failure(s) covered ({shown})</source>
        <translation>{wanted}台のホスト障害に対応できます ({shown})</translation>
    </message>
    <message>
        <source>would not restart after {failures} failures: {vms}</source>
        <translation>{failures}台の障害後に再起動されません: {vms}</translation>
    </message>
    <message>
        <source>Give less important VMs {priority}.</source>
        <translation>重要度の低いVMには{priority}を設定してください。</translation>
    </message>
    <message>
        <source>VM {vm} has disks on {srs}</source>
        <translation>VM {vm}のディスクが{srs}上にあります</translation>
    </message>
    <message>
        <source>Move its disks to the shared SR to make it live-migratable and HA-protectable.</source>
        <translation>ライブマイグレーションとHAによる保護を可能にするには、ディスクを共有SRに移動してください。</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>HA</source>
        <translation>HA</translation>
    </message>
    <message>
        <source>HA capacity</source>
        <translation>HA容量</translation>
    </message>
    <message>
        <source>local storage</source>
        <translation>ローカルストレージ</translation>
    </message>
    <message>
        <source>VM move</source>
        <translation>VM の移動</translation>
    </message>
    <message>
        <source>storage interface</source>
        <translation>ストレージインターフェイス</translation>
    </message>
    <message>
        <source>portal reachable</source>
        <translation>ポータル到達性</translation>
    </message>
    <message>
        <source>jumbo frames</source>
        <translation>ジャンボフレーム</translation>
    </message>
    <message>
        <source>iSCSI discovery</source>
        <translation>iSCSI検出</translation>
    </message>
    <message>
        <source>host checks</source>
        <translation>ホストチェック</translation>
    </message>
    <message>
        <source>multipath</source>
        <translation>マルチパス</translation>
    </message>
    <message>
        <source>iSCSI</source>
        <translation>iSCSI</translation>
    </message>
    <message>
        <source>storage NIC</source>
        <translation>ストレージNIC</translation>
    </message>
    <message>
        <source>storage VLAN</source>
        <translation>ストレージVLAN</translation>
    </message>
    <message>
        <source>storage IP</source>
        <translation>ストレージIP</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>pool membership</source>
        <translation>プール所属</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>management interface</source>
        <translation>管理インターフェイス</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>CPU vendor</source>
        <translation>CPUベンダー</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>CPU機能</translation>
    </message>
    <message>
        <source>forced join</source>
        <translation>強制参加</translation>
    </message>
    <message>
        <source>iSCSI initiator</source>
        <translation>iSCSIイニシエーター</translation>
    </message>
    <message>
        <source>clustering</source>
        <translation>クラスタリング</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>storage drivers</source>
        <translation>ストレージドライバー</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>exit codes:
  0  success (apply: the pool is as planned; a second run changes nothing)
  2  bad command line, or no password available
  3  the plan file is invalid (every problem is listed with its field)
  4  pre-flight found blockers, or warnings were not accepted
  5  a build step failed: fix the cause and run the same command again to resume
  6  a host could not be reached, refused the login, or its certificate did not match
</source>
        <translation>終了コード:
  0  成功 (apply: プールは計画どおり。2 回目の実行では何も変わりません)
  2  コマンドラインの誤り、またはパスワードがありません
  3  計画ファイルが無効です (すべての問題が項目とともに表示されます)
  4  事前チェックでブロッカーが見つかったか、警告が承認されませんでした
  5  ビルド手順が失敗しました: 原因を直し、同じコマンドを再実行すると続きから再開します
  6  ホストに到達できない、ログインを拒否された、または証明書が一致しませんでした
</translation>
    </message>
    <message>
        <source>examples:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>example:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>open the wizard on the simulated lab</source>
        <translation>シミュレートされたラボでウィザードを開く</translation>
    </message>
    <message>
        <source>Build a XenServer / XCP-ng pool with shared iSCSI storage and HA.</source>
        <translation>共有 iSCSI ストレージと HA を備えた XenServer / XCP-ng プールを構築します。</translation>
    </message>
    <message>
        <source>open the wizard on the built-in simulated lab</source>
        <translation>組み込みのシミュレートされたラボでウィザードを開く</translation>
    </message>
    <message>
        <source>language of the wizard and its messages: en, de or ja (default: the system&apos;s)</source>
        <translation>ウィザードとメッセージの言語: en、de、ja (既定: システムの言語)</translation>
    </message>
    <message>
        <source>open the wizard with this saved build plan (what the desktop&apos;s file manager uses)</source>
        <translation>保存した構築計画でウィザードを開く (デスクトップのファイルマネージャーが使用)</translation>
    </message>
    <message>
        <source>also print the log (secrets are always masked)</source>
        <translation>ログも出力する (秘密情報は常にマスクされます)</translation>
    </message>
    <message>
        <source>with --demo: click through every page with the defaults and build (exit 0 if it worked)</source>
        <translation>--demo と併用: 既定値ですべてのページを進めて構築する (成功時は終了コード 0)</translation>
    </message>
    <message>
        <source>with --autopilot: save a PNG of every page here</source>
        <translation>--autopilot と併用: 各ページの PNG をここに保存する</translation>
    </message>
    <message>
        <source>run a simulated XenServer lab (XAPI over HTTPS) until interrupted</source>
        <translation>シミュレートされた XenServer ラボ (HTTPS 上の XAPI) を中断されるまで実行する</translation>
    </message>
    <message>
        <source>Serve a simulated pool of XenServer/XCP-ng hosts, each on its own loopback address, speaking XAPI&apos;s XML-RPC and JSON-RPC over HTTPS. When ready, prints one JSON line with each host&apos;s URL, credentials and certificate fingerprint.</source>
        <translation>XenServer/XCP-ng ホストのシミュレートされたプールを、ホストごとに独自のループバックアドレスで、HTTPS 上の XAPI XML-RPC と JSON-RPC で提供します。準備ができると、各ホストの URL、認証情報、証明書フィンガープリントを含む JSON を 1 行出力します。</translation>
    </message>
    <message>
        <source>built-in scenario name or a scenario TOML file</source>
        <translation>組み込みシナリオ名またはシナリオの TOML ファイル</translation>
    </message>
    <message>
        <source>number of hosts (default: the scenario&apos;s)</source>
        <translation>ホスト数 (既定: シナリオの値)</translation>
    </message>
    <message>
        <source>first host&apos;s loopback address (default 127.0.0.11)</source>
        <translation>最初のホストのループバックアドレス (既定 127.0.0.11)</translation>
    </message>
    <message>
        <source>port for every host (default 443 as root, else a free port)</source>
        <translation>全ホストのポート (既定: root なら 443、それ以外は空きポート)</translation>
    </message>
    <message>
        <source>scale of the scenario&apos;s latencies and durations (0 = instant, default 1)</source>
        <translation>シナリオの遅延と所要時間の倍率 (0 = 即時、既定 1)</translation>
    </message>
    <message>
        <source>root password of every host (default: random)</source>
        <translation>全ホストの root パスワード (既定: ランダム)</translation>
    </message>
    <message>
        <source>also write a ready build plan for this lab</source>
        <translation>このラボ用の構築計画も書き出す</translation>
    </message>
    <message>
        <source>the build plan (TOML)</source>
        <translation>構築計画 (TOML)</translation>
    </message>
    <message>
        <source>check a plan and run every pre-flight check against the live hosts (changes nothing)</source>
        <translation>計画を確認し、稼働中のホストに対してすべての事前チェックを実行する (何も変更しません)</translation>
    </message>
    <message>
        <source>build the pool the plan describes; safe to re-run, it resumes where it stopped</source>
        <translation>計画どおりにプールを構築する。再実行しても安全で、止まったところから再開します</translation>
    </message>
    <message>
        <source>unattended: accept warnings and pin unknown host certificates on first use</source>
        <translation>無人実行: 警告を承認し、不明なホスト証明書を初回使用時にピン留めする</translation>
    </message>
    <message>
        <source>certificate pin file (default: per user)</source>
        <translation>証明書ピンファイル (既定: ユーザーごと)</translation>
    </message>
    <message>
        <source>also prove each host&apos;s storage path over SSH (interface, ping, jumbo frames, iSCSI discovery) before the SR is created</source>
        <translation>SR の作成前に、各ホストのストレージ経路を SSH で確認する (インターフェイス、ping、ジャンボフレーム、iSCSI ディスカバリ)</translation>
    </message>
    <message>
        <source>private key for --ssh (default: the root password)</source>
        <translation>--ssh 用の秘密鍵 (既定: root パスワード)</translation>
    </message>
    <message>
        <source>when new hosts join a pool that has HA on: turn HA off for the joins (XAPI refuses them under HA); the build enables it again at the end</source>
        <translation>HA が有効なプールに新しいホストが参加する場合: 参加の間 HA を無効にする (XAPI は HA 有効時の参加を拒否します)。構築の最後に再び有効にします</translation>
    </message>
    <message>
        <source>allow pool.join_force for the hosts the plan marks force_join = true (a different CPU vendor or software build; unsupported: no XenMotion between vendors)</source>
        <translation>計画で force_join = true とされたホストに pool.join_force を許可する (CPU ベンダーまたはソフトウェアビルドが異なる場合。サポート対象外: ベンダー間の XenMotion 不可)</translation>
    </message>
    <message>
        <source>list what would be done; change nothing</source>
        <translation>実行内容を一覧表示するだけで、何も変更しない</translation>
    </message>
    <message>
        <source>build journal (default: one per pool in the user&apos;s state directory)</source>
        <translation>構築ジャーナル (既定: ユーザーの状態ディレクトリにプールごとに 1 つ)</translation>
    </message>
    <message>
        <source>allow formatting a LUN that holds an SR when the plan says {setting}</source>
        <translation>計画が {setting} の場合に、SR を含む LUN のフォーマットを許可する</translation>
    </message>
    <message>
        <source>print the build as an annotated xe command script</source>
        <translation>構築内容を注釈付きの xe コマンドスクリプトとして出力する</translation>
    </message>
    <message>
        <source>hand over confirmed certificate fingerprints as one pasteable line</source>
        <translation>確認済みの証明書フィンガープリントを貼り付け可能な 1 行で引き渡す</translation>
    </message>
    <message>
        <source>Print join information for hosts whose certificates you have confirmed (pinned), or pin the fingerprints of pasted join information, so another laptop or a colleague never has to trust a host on first use. The line holds no secret.</source>
        <translation>証明書を確認 (ピン留め) したホストの参加情報を出力するか、貼り付けた参加情報のフィンガープリントをピン留めします。別のノート PC や同僚が初回接続時にホストを信頼する必要がなくなります。この行に秘密情報は含まれません。</translation>
    </message>
    <message>
        <source>a pinned host (repeat)</source>
        <translation>ピン留め済みのホスト (繰り返し指定可)</translation>
    </message>
    <message>
        <source>a name to show with the hosts</source>
        <translation>ホストとともに表示する名前</translation>
    </message>
    <message>
        <source>pin the fingerprints of this line</source>
        <translation>この行のフィンガープリントをピン留めする</translation>
    </message>
    <message>
        <source>summarise a pool as built (hosts, networks, SRs and PBDs, HA)</source>
        <translation>構築済みプールの概要を出す (ホスト、ネットワーク、SR と PBD、HA)</translation>
    </message>
    <message>
        <source>diagnose a member that looks disconnected by contacting it directly</source>
        <translation>切断されて見えるメンバーを直接接続して診断する</translation>
    </message>
    <message>
        <source>address of the pool master (or of the member for health)</source>
        <translation>プールマスターのアドレス (health の場合はメンバーのアドレス)</translation>
    </message>
    <message>
        <source>pin an unknown certificate on first use</source>
        <translation>不明な証明書を初回使用時にピン留めする</translation>
    </message>
    <message>
        <source>the pool master: when the member does not answer, look at it from there</source>
        <translation>プールマスター: メンバーが応答しない場合、そこから確認する</translation>
    </message>
    <message>
        <source>with --master: SSH to the master and through the storage network to the member (ping, xl list)</source>
        <translation>--master と併用: マスターに SSH で接続し、ストレージネットワーク経由でメンバーへ (ping、xl list)</translation>
    </message>
    <message>
        <source>write the report here (needed for pdf)</source>
        <translation>レポートをここに書き出す (pdf では必須)</translation>
    </message>
    <message>
        <source>build journal to take step timings and findings from (default: the pool&apos;s own, where apply keeps it)</source>
        <translation>手順の所要時間と検出事項を取得する構築ジャーナル (既定: apply が保存するプール自身のもの)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>プログラムのバージョンを表示して終了する</translation>
    </message>
    <message>
        <source>The SSH checks are optional: run the same command without {flag} to skip them.</source>
        <translation>SSH チェックは任意です。省略するには、同じコマンドを {flag} なしで実行してください。</translation>
    </message>
</context>
<context>
    <name>CompatibilityPage</name>
    <message>
        <source>Compatibility</source>
        <translation>互換性</translation>
    </message>
    <message>
        <source>Every rule XAPI applies to a pool join, checked for every host before anything changes.</source>
        <translation>XAPIがプール参加時に適用するすべてのルールを、変更を加える前に全ホストについてチェックします。</translation>
    </message>
    <message>
        <source>Pool &amp;master:</source>
        <translation>プールマスター(&amp;M):</translation>
    </message>
    <message>
        <source>Pool n&amp;ame:</source>
        <translation>プール名(&amp;A):</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>I have read the warnings and want to continue</source>
        <translation>警告を確認したうえで続行します</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>再チェック(&amp;R)</translation>
    </message>
    <message>
        <source>Read every host again and re-run the checks (after fixing something).</source>
        <translation>すべてのホストを読み直し、チェックを再実行します（問題を修正した後に）。</translation>
    </message>
    <message>
        <source>&amp;Force join…</source>
        <translation>参加を強制(&amp;F)…</translation>
    </message>
    <message>
        <source>Join a host XAPI refuses only for a different CPU vendor or software build (pool.join_force). Unsupported; you are asked to type the host&apos;s name.</source>
        <translation>CPU ベンダーまたはソフトウェアビルドの違いだけで XAPI が拒否するホストを参加させます (pool.join_force)。サポート対象外です。ホスト名の入力を求められます。</translation>
    </message>
    <message>
        <source>&amp;Do not force</source>
        <translation>強制しない(&amp;D)</translation>
    </message>
    <message>
        <source>Take back every forced join confirmed on this page.</source>
        <translation>このページで確認した強制参加をすべて取り消します。</translation>
    </message>
    <message>
        <source>Turn &amp;HA off while the new hosts join (it is turned on again at the end)</source>
        <translation>新しいホストの参加中は HA を無効にする (最後に再び有効にします)(&amp;H)</translation>
    </message>
    <message>
        <source>XAPI refuses joins while the pool has HA on. Until the build&apos;s last step, no VM is restarted if a host fails.</source>
        <translation>XAPI はプールの HA が有効な間は参加を拒否します。構築の最後の手順まで、ホストが故障しても VM は再起動されません。</translation>
    </message>
    <message>
        <source>Give the pool a name (1-128 characters).</source>
        <translation>プール名を入力してください (1～128文字)。</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>プール名</translation>
    </message>
    <message>
        <source>Pool master</source>
        <translation>プールマスター</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source> (master)</source>
        <translation> (マスター)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>&lt;p&gt;No problems found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;問題は見つかりませんでした。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} blocker(s) marked ✗ above: fix them, then press Re-check.</source>
        <translation>上で ✗ の付いたブロッカーが {0} 件あります。解消してから「再チェック」を押してください。</translation>
    </message>
    <message>
        <source>Give the pool a name to go on.</source>
        <translation>続行するにはプール名を入力してください。</translation>
    </message>
    <message>
        <source>Tick &apos;I have read the warnings and want to continue&apos; to go on.</source>
        <translation>続行するには「警告を確認したうえで続行します」にチェックを入れてください。</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>{spec}: the range ends before it starts</source>
        <translation>{spec}: 範囲の終了が開始より前になっています</translation>
    </message>
    <message>
        <source>{spec} is longer than {limit} addresses</source>
        <translation>{spec}は{limit}アドレスを超えています</translation>
    </message>
    <message>
        <source>{spec} is not an address, a range (a-b) or a subnet (a/nn)</source>
        <translation>{spec}はアドレス、範囲 (a-b)、サブネット (a/nn) のいずれでもありません</translation>
    </message>
    <message>
        <source>{spec} has {count} addresses; scan at most {limit} at once</source>
        <translation>{spec}には{count}個のアドレスがあります。一度にスキャンできるのは{limit}個までです</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a map of texts</source>
        <translation>テキストのマップ</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <source>a list of references</source>
        <translation>参照のリスト</translation>
    </message>
    <message>
        <source>an unnamed release</source>
        <translation>名前のないリリース</translation>
    </message>
    <message>
        <source>{cls}.get_all_records did not return records</source>
        <translation>{cls}.get_all_records がレコードを返しませんでした</translation>
    </message>
    <message>
        <source>a {cls} record {ref} is not a record</source>
        <translation>{cls} のレコード {ref} がレコードの形式になっていません</translation>
    </message>
    <message>
        <source>{cls} {ref} has no field {field}</source>
        <translation>{cls} {ref} にフィールド {field} がありません</translation>
    </message>
    <message>
        <source>{cls} {ref}: field {field} is not {kind} ({value})</source>
        <translation>{cls} {ref}: フィールド {field} が{kind}ではありません ({value})</translation>
    </message>
    <message>
        <source>it reported no pool</source>
        <translation>プールが報告されませんでした</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>{severity}: {subject}: {message}</source>
        <translation>{severity}: {subject}: {message}</translation>
    </message>
    <message>
        <source> (seen: {evidence})</source>
        <translation> (検出値: {evidence})</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>What was built, and what is left to do.</source>
        <translation>構築された内容と、残りの作業です。</translation>
    </message>
    <message>
        <source>Diagram of the pool</source>
        <translation>プールの構成図</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>概要(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>構成図(&amp;D)</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>レポートを保存(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;heck a host…</source>
        <translation>ホストをチェック(&amp;H)…</translation>
    </message>
    <message>
        <source>A member looks disconnected? Find out whether its VMs still run.</source>
        <translation>メンバーが切断されているように見えますか？そのVMがまだ実行中かどうかを確認できます。</translation>
    </message>
    <message>
        <source>&amp;Move the ticked VMs&apos; disks to the shared SR</source>
        <translation>チェックしたVMのディスクを共有SRへ移動(&amp;M)</translation>
    </message>
    <message>
        <source>Moving the disks of {0} to the shared SR…</source>
        <translation>{0} のディスクを共有SRへ移動しています…</translation>
    </message>
    <message>
        <source>The disks of {0} are on the shared SR now.</source>
        <translation>{0} のディスクは共有SRに移動しました。</translation>
    </message>
    <message>
        <source>The move stopped; the log says why. Press the button again to resume.</source>
        <translation>移動が停止しました。理由はログを確認してください。もう一度ボタンを押すと再開します。</translation>
    </message>
    <message>
        <source> (running: moves live)</source>
        <translation> (実行中: ライブで移動)</translation>
    </message>
    <message>
        <source>Storage XenMotion: the VM keeps running while XAPI copies its disk and switches it over; it takes as long as copying the disk.</source>
        <translation>Storage XenMotion: XAPI がディスクをコピーして切り替える間も VM は動作し続けます。ディスクのコピーと同じだけ時間がかかります。</translation>
    </message>
    <message>
        <source>Suspended or paused: resume it or shut it down first.</source>
        <translation>サスペンドまたは一時停止中: 先に再開するかシャットダウンしてください。</translation>
    </message>
    <message>
        <source>Reading the pool back…</source>
        <translation>プールを読み直しています…</translation>
    </message>
    <message>
        <source>Tick the VMs still on local storage below to move their disks to the shared SR now: a halted VM&apos;s disks are copied, a running VM&apos;s move while it keeps running (storage XenMotion).</source>
        <translation>ローカルストレージに残っている VM に下でチェックを付けると、そのディスクを今すぐ共有 SR に移動します。停止中の VM のディスクはコピーされ、実行中の VM のディスクは実行したまま移動します (ストレージ XenMotion)。</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML, with the diagram as a PNG beside it (*.html)</source>
        <translation>PDF (*.pdf);;HTML、構成図は横に PNG として保存 (*.html)</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>レポートを{0}に保存しました。</translation>
    </message>
</context>
<context>
    <name>ForceJoinDialog</name>
    <message>
        <source>Force an unsupported join?</source>
        <translation>サポート対象外の参加を強制しますか?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;XAPI refuses to add {0} to this pool:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{1}&lt;/ul&gt;&lt;p&gt;A forced join (&lt;tt&gt;pool.join_force&lt;/tt&gt;) skips these checks. The pool it makes is not supported by the vendor, and it cannot be undone except by ejecting the host, which wipes its local disks.&lt;/p&gt;&lt;p&gt;Type the host&apos;s name, &lt;b&gt;{2}&lt;/b&gt;, to force its join.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;XAPI は {0} をこのプールに追加することを拒否しています:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{1}&lt;/ul&gt;&lt;p&gt;強制参加 (&lt;tt&gt;pool.join_force&lt;/tt&gt;) はこれらのチェックを省略します。できあがるプールはベンダーのサポート対象外で、元に戻すにはホストをイジェクトするしかなく、その際ホストのローカルディスクは消去されます。&lt;/p&gt;&lt;p&gt;強制参加するには、ホスト名 &lt;b&gt;{2}&lt;/b&gt; を入力してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Host name to confirm the forced join</source>
        <translation>強制参加を確認するためのホスト名</translation>
    </message>
    <message>
        <source>&amp;Force the join</source>
        <translation>参加を強制(&amp;F)</translation>
    </message>
</context>
<context>
    <name>HaPage</name>
    <message>
        <source>High Availability</source>
        <translation>高可用性</translation>
    </message>
    <message>
        <source>HA restarts protected VMs on the surviving hosts. It needs free memory on them: the picture shows the headroom.</source>
        <translation>HAは保護対象のVMを残りのホストで再起動します。そのためには、それらのホストに空きメモリが必要です。図は空きメモリの余裕を示しています。</translation>
    </message>
    <message>
        <source>&amp;Enable High Availability</source>
        <translation>高可用性を有効にする(&amp;E)</translation>
    </message>
    <message>
        <source>Host &amp;failures to tolerate:</source>
        <translation>許容するホスト障害数(&amp;F):</translation>
    </message>
    <message>
        <source>Enabling HA is the last step, with nothing else running. If it fails half-way, a host that loses the heartbeat SR can reboot itself (fencing): the build first checks that every host sees it.</source>
        <translation>HA の有効化は最後の手順で、他の処理が動いていないときに行います。途中で失敗すると、ハートビート SR を失ったホストが自ら再起動する(フェンシング)ことがあります。構築ではまず全ホストから見えることを確認します。</translation>
    </message>
    <message>
        <source>Memory per host (used by running VMs and the hypervisor / free)</source>
        <translation>ホストごとのメモリ (実行中のVMとハイパーバイザーによる使用量 / 空き)</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Restart priority</source>
        <translation>再起動優先度</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>best effort</source>
        <translation>ベストエフォート</translation>
    </message>
    <message>
        <source>do not restart</source>
        <translation>再起動しない</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change</source>
        <translation>ダブルクリックまたは F2 キーで変更</translation>
    </message>
    <message>
        <source>0: HA restarts VMs only if there happens to be room; nothing is reserved.</source>
        <translation>0: HAは空きがあるときにだけVMを再起動します。リソースは何も予約されません。</translation>
    </message>
    <message>
        <source>1 is not possible: with one host down, {0} would find no room on the other host(s). Set less important VMs to best-effort, or add memory or a host.</source>
        <translation>1 は不可能です: ホストが 1 台停止すると、{0} は他のホストに空きがありません。重要度の低い VM を best-effort にするか、メモリかホストを追加してください。</translation>
    </message>
    <message>
        <source>The pool keeps enough free memory to restart every protected VM after {0} host failure(s). At most {1} with these VMs.</source>
        <translation>プールは、{0}台のホスト障害後もすべての保護対象VMを再起動できるだけの空きメモリを確保します。これらのVMでは最大{1}台までです。</translation>
    </message>
    <message>
        <source>XAPI&apos;s own figure shows here once the hosts are in the pool (iSCSI page, step 1).</source>
        <translation>ホストがプールに入ると(iSCSI ページの手順 1)、XAPI 自身の値がここに表示されます。</translation>
    </message>
    <message>
        <source>Our estimate: {0}; XAPI&apos;s own planner: {1} (the lower one counts).</source>
        <translation>こちらの見積もり: {0}、XAPI 自身の計算: {1}(小さい方が適用されます)。</translation>
    </message>
    <message>
        <source>{0}: {1} GiB used, {2} GiB free</source>
        <translation>{0}: 使用 {1} GiB、空き {2} GiB</translation>
    </message>
    <message>
        <source>protected VMs: {0} GiB</source>
        <translation>保護対象VM: {0} GiB</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>{address} presents a certificate with SHA-256 fingerprint
  {fingerprint}
Compare it with the host&apos;s console (xe host-param-get ... or the XCP-ng/XenServer console). Trust it? [y/N] </source>
        <translation>{address}が提示している証明書のSHA-256フィンガープリント:
  {fingerprint}
ホストのコンソール (xe host-param-get ... またはXCP-ng/XenServerのコンソール) の値と比較してください。信頼しますか? [y/N] </translation>
    </message>
    <message>
        <source>{path}: the plan has problems:</source>
        <translation>{path}: 構築プランに問題があります:</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>{address}: trusting its SSH host key on first use ({fingerprint}); it is pinned from now on.</source>
        <translation>{address}: 初回接続のため、SSHホストキー ({fingerprint}) を信頼します。以後はこのキーに固定されます。</translation>
    </message>
    <message>
        <source>{address} presents the SSH host key {fingerprint}
Compare it with `ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub` on its console. Trust it? [y/N] </source>
        <translation>{address}が提示しているSSHホストキー: {fingerprint}
そのホストのコンソールで `ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub` の出力と比較してください。信頼しますか? [y/N] </translation>
    </message>
    <message>
        <source>The report could not be written: {reason}</source>
        <translation>レポートを書き出せませんでした: {reason}</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>レポート: {path}</translation>
    </message>
    <message>
        <source>no password: set XENPOOL_PASSWORD, store it in the OS keyring, or run in a terminal to be asked</source>
        <translation>パスワードがありません: XENPOOL_PASSWORDを設定するか、OSのキーリングに保存するか、端末で実行して入力してください</translation>
    </message>
    <message>
        <source>the plan uses CHAP but no secret was given: set XENPOOL_CHAP_SECRET or run in a terminal</source>
        <translation>構築プランはCHAPを使用していますが、シークレットが指定されていません: XENPOOL_CHAP_SECRETを設定するか、端末で実行してください</translation>
    </message>
    <message>
        <source>Run in a terminal to confirm it, put it in the plan (hosts[].fingerprint), or pass --yes to trust on first use.</source>
        <translation>端末で実行して確認するか、構築プランに記載する (hosts[].fingerprint) か、--yes を指定して初回接続時に信頼してください。</translation>
    </message>
    <message>
        <source>Pre-flight found blockers: nothing was changed.</source>
        <translation>事前チェックでブロッカーが見つかりました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Accept {count} warning(s) and build? [y/N] </source>
        <translation>{count}件の警告を承認して構築しますか? [y/N] </translation>
    </message>
    <message>
        <source>Warnings not accepted: nothing was changed (pass --yes to accept them unattended).</source>
        <translation>警告が承認されなかったため、何も変更されていません (無人で承認するには --yes を指定してください)。</translation>
    </message>
    <message>
        <source>{step}: nothing to do</source>
        <translation>{step}: 実行する操作はありません</translation>
    </message>
    <message>
        <source>{step}: {count} action(s)</source>
        <translation>{step}: {count}件の操作</translation>
    </message>
    <message>
        <source>Nothing to change: the pool already matches the plan.</source>
        <translation>変更の必要はありません。プールはすでに構築プランどおりです。</translation>
    </message>
    <message>
        <source>Build finished.</source>
        <translation>構築が完了しました。</translation>
    </message>
    <message>
        <source>The build stopped: {message}</source>
        <translation>構築が停止しました: {message}</translation>
    </message>
    <message>
        <source>Run the same command again to resume from where it stopped.</source>
        <translation>同じコマンドをもう一度実行すると、停止した箇所から再開します。</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>host down</source>
        <translation>ホスト停止</translation>
    </message>
    <message>
        <source>management network unreachable but VMs running</source>
        <translation>管理ネットワークに到達不能 (VMは実行中)</translation>
    </message>
    <message>
        <source>management network unreachable, host up with no VMs</source>
        <translation>管理ネットワークに到達できません。ホストは稼働中で VM はありません</translation>
    </message>
    <message>
        <source>pool master unreachable</source>
        <translation>プールマスターに到達不能</translation>
    </message>
    <message>
        <source>Check the host&apos;s power and console. If it is up, its management NIC or switch port is the suspect; its VMs may still run (check them from the console: xe vm-list resident-on=...).</source>
        <translation>ホストの電源とコンソールを確認してください。ホストが起動している場合は、管理NICまたはスイッチポートに問題がある可能性があります。VMはまだ実行中の可能性があります (コンソールから確認してください: xe vm-list resident-on=...)。</translation>
    </message>
    <message>
        <source>no answer on {address}:{port}</source>
        <translation>{address}:{port}から応答がありません</translation>
    </message>
    <message>
        <source>Give the master&apos;s address (--master) to look at the host through the pool.</source>
        <translation>プール経由でホストを確認するには、マスターのアドレス (--master) を指定してください。</translation>
    </message>
    <message>
        <source>XAPI answers on {address}:{port}</source>
        <translation>{address}:{port}でXAPIが応答しています</translation>
    </message>
    <message>
        <source>the master {master} does not answer from here</source>
        <translation>ここからはマスター{master}が応答しません</translation>
    </message>
    <message>
        <source>The member is fine but the master {master} is not reachable. If the master is really gone, promote this member: xe pool-emergency-transition-to-master (on this host).</source>
        <translation>メンバーは正常ですが、マスター{master}に到達できません。マスターが本当に失われている場合は、このメンバーをマスターに昇格してください: xe pool-emergency-transition-to-master (このホスト上で実行)。</translation>
    </message>
    <message>
        <source>the master did not accept a login: {reason}</source>
        <translation>マスターがログインを受け付けませんでした: {reason}</translation>
    </message>
    <message>
        <source>the master {master} sees this host as not live</source>
        <translation>マスター{master}はこのホストを非稼働 (not live) と認識しています</translation>
    </message>
    <message>
        <source>it runs in emergency mode: it cannot reach its master ({reason})</source>
        <translation>緊急モードで動作しています: マスターに到達できません ({reason})</translation>
    </message>
    <message>
        <source>the master {master} answers from here</source>
        <translation>マスター {master} はここから応答します</translation>
    </message>
    <message>
        <source>The member runs but has lost its master: its VMs keep running, but nothing can be changed on it. Check the network path between them; if the master is really gone, promote this member: xe pool-emergency-transition-to-master (on this host).</source>
        <translation>メンバーは動作していますが、マスターを失っています: VM は動作し続けますが、このホストでは何も変更できません。両者間のネットワーク経路を確認してください。マスターが本当に失われた場合は、このメンバーを昇格させてください: xe pool-emergency-transition-to-master (このホストで実行)。</translation>
    </message>
    <message>
        <source>{count} VM(s) running here: {names}</source>
        <translation>このホストで{count}台のVMが実行中です: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The host runs and its VMs keep running, but the master cannot hear it on the management network: check its management NIC, cable and switch port (or the VLAN), then xe-reset-networking on its console if the configuration is wrong.</source>
        <translation>ホストは稼働しておりVMも実行を続けていますが、マスターが管理ネットワーク上でこのホストと通信できません。管理NIC、ケーブル、スイッチポート (またはVLAN) を確認し、設定が誤っている場合はコンソールでxe-reset-networkingを実行してください。</translation>
    </message>
    <message>
        <source>the pool has no host with the address {address}</source>
        <translation>プールにアドレス{address}のホストはありません</translation>
    </message>
    <message>
        <source>Check the member&apos;s address (its management IP).</source>
        <translation>メンバーのアドレス (管理IP) を確認してください。</translation>
    </message>
    <message>
        <source>the master {master} does not answer either</source>
        <translation>マスター{master}も応答しません</translation>
    </message>
    <message>
        <source>Neither the host nor its master answers: check this computer&apos;s own network first, then the hosts&apos; consoles.</source>
        <translation>ホストもマスターも応答しません。まずこのコンピューター自体のネットワークを確認し、次に各ホストのコンソールを確認してください。</translation>
    </message>
    <message>
        <source>the master {master} sees this host as live</source>
        <translation>マスター{master}はこのホストを稼働中 (live) と認識しています</translation>
    </message>
    <message>
        <source>the pool database had {count} VM(s) running there: {names}</source>
        <translation>プールデータベースでは、このホストで{count}台のVMが実行中でした: {names}</translation>
    </message>
    <message>
        <source>Check again with SSH (health --ssh, or the SSH box of Check a host) to look at the host through the master and the storage network.</source>
        <translation>マスターとストレージネットワーク経由でホストを確認するには、SSHを使用して再度チェックしてください (health --ssh、または [ホストをチェック] のSSHチェックボックス)。</translation>
    </message>
    <message>
        <source>the host has no storage network to look through</source>
        <translation>このホストには確認に使えるストレージネットワークがありません</translation>
    </message>
    <message>
        <source>no SSH to the master {master}: {reason}</source>
        <translation>マスター{master}にSSH接続できません: {reason}</translation>
    </message>
    <message>
        <source>it answers the master&apos;s ping on {interface} ({ip})</source>
        <translation>{interface} ({ip}) でマスターからのpingに応答しています</translation>
    </message>
    <message>
        <source>no answer to the master&apos;s ping on {interface} ({ip})</source>
        <translation>{interface} ({ip}) でマスターからのpingに応答がありません</translation>
    </message>
    <message>
        <source>no SSH to it through {ip}: {reason}</source>
        <translation>{ip}経由でこのホストにSSH接続できません: {reason}</translation>
    </message>
    <message>
        <source>xl list through the storage network: {count} VM(s) running: {names}</source>
        <translation>ストレージネットワーク経由のxl list: {count}台のVMが実行中: {names}</translation>
    </message>
    <message>
        <source>xl list failed on it: {output}</source>
        <translation>このホストでxl listが失敗しました: {output}</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Check a host</source>
        <translation>ホストをチェック</translation>
    </message>
    <message>
        <source>A member that looks disconnected is often still running its VMs: usually its management network failed, not the host. The wizard contacts it directly, then looks at it from the pool master.</source>
        <translation>切断されているように見えるメンバーでも、多くの場合VMは実行を続けています。通常、障害が起きているのはホストではなく管理ネットワークです。ウィザードはホストに直接接続し、次にプールマスターからホストの状態を確認します。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>Also look &amp;through the storage network over SSH (root password)</source>
        <translation>SSHでストレージネットワーク経由でも確認する(&amp;T) (rootパスワード)</translation>
    </message>
    <message>
        <source>SSH to the master, ping the host&apos;s storage address from there and list its running VMs with xl. You confirm each host&apos;s SSH key the first time.</source>
        <translation>SSH でマスターに接続し、そこからホストのストレージアドレスに ping を送り、xl で実行中の VM を一覧表示します。各ホストの SSH キーは初回に確認します。</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>チェック(&amp;C)</translation>
    </message>
    <message>
        <source>Unknown SSH host key</source>
        <translation>不明な SSH ホストキー</translation>
    </message>
    <message>
        <source>{0} presents the SSH host key
{1}

Compare it with the output of ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub on the host&apos;s console. Trust it?</source>
        <translation>{0} が SSH ホストキー
{1}
を提示しています。

ホストのコンソールで ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub の出力と比較してください。信頼しますか？</translation>
    </message>
    <message>
        <source>Enter the address of the host to check.</source>
        <translation>チェックするホストのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Contacting {0}…</source>
        <translation>{0}に接続しています…</translation>
    </message>
</context>
<context>
    <name>HostChecks</name>
    <message>
        <source>{tool} exited with {code}</source>
        <translation>{tool} が終了コード {code} で終了しました</translation>
    </message>
    <message>
        <source>{host}: no storage interface ({interfaces}) and no interface holds {ip}</source>
        <translation>{host}: ストレージインターフェイス ({interfaces}) がなく、{ip} を保持するインターフェイスもありません</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between interface names</comment>
        <translation> または </translation>
    </message>
    <message>
        <source>The storage VLAN was not created on this host: check XAPI&apos;s PIF for it ({command}) and re-run the build.</source>
        <translation>このホストにストレージVLANが作成されていません。XAPI 上の該当する PIF を確認し ({command})、構築を再実行してください。</translation>
    </message>
    <message>
        <source>{host}: {name} holds {ip} but {command} does not list it</source>
        <translation>{host}: {name} は {ip} を保持していますが、{command} に表示されません</translation>
    </message>
    <message>
        <source>{host}: storage interface {name} is down</source>
        <translation>{host}: ストレージインターフェイス {name} がダウンしています</translation>
    </message>
    <message>
        <source>{host}: storage interface {name} is without link</source>
        <translation>{host}: ストレージインターフェイス {name} にリンクがありません</translation>
    </message>
    <message>
        <source>Plug the storage PIF ({command}) and check the cable and switch port.</source>
        <translation>ストレージ PIF を接続し ({command})、ケーブルとスイッチポートを確認してください。</translation>
    </message>
    <message>
        <source>state {state}, flags {flags}</source>
        <translation>状態 {state}、フラグ {flags}</translation>
    </message>
    <message>
        <source>no IPv4 address</source>
        <translation>IPv4 アドレスなし</translation>
    </message>
    <message>
        <source>{host}: storage interface {name} does not hold the planned IP {ip}</source>
        <translation>{host}: ストレージインターフェイス {name} に計画どおりの IP {ip} が設定されていません</translation>
    </message>
    <message>
        <source>Set the storage PIF&apos;s IP ({command}) as planned.</source>
        <translation>ストレージ PIF の IP を計画どおりに設定してください ({command})。</translation>
    </message>
    <message>
        <source>{host}: {ip} on {name} has prefix /{prefix}, planned /{planned}</source>
        <translation>{host}: {name} の {ip} のプレフィックスは /{prefix} ですが、計画では /{planned} です</translation>
    </message>
    <message>
        <source>Correct the storage PIF&apos;s netmask.</source>
        <translation>ストレージ PIF のネットマスクを修正してください。</translation>
    </message>
    <message>
        <source>{host}: storage interface {name} runs at MTU {mtu}, planned {planned}</source>
        <translation>{host}: ストレージインターフェイス {name} は MTU {mtu} で動作していますが、計画では {planned} です</translation>
    </message>
    <message>
        <source>Set the storage network&apos;s MTU ({command}) and re-plug the PIF; a NIC driver that keeps 1500 needs a NIC with jumbo-frame support.</source>
        <translation>ストレージネットワークの MTU を設定し ({command})、PIF を再接続してください。NIC ドライバーが 1500 のままの場合は、ジャンボフレームに対応した NIC が必要です。</translation>
    </message>
    <message>
        <source>{host}: portal {portal} does not answer from {interface} ({interface} does not exist)</source>
        <translation>{host}: ポータル {portal} が {interface} から応答しません ({interface} が存在しません)</translation>
    </message>
    <message>
        <source>{host}: portal {portal} does not answer from {interface} (no route to it)</source>
        <translation>{host}: ポータル {portal} が {interface} から応答しません (ルートがありません)</translation>
    </message>
    <message>
        <source>{host}: portal {portal} does not answer from {interface} ({router} reports it unreachable)</source>
        <translation>{host}: ポータル {portal} が {interface} から応答しません ({router} が到達不能と報告しています)</translation>
    </message>
    <message>
        <source>{host}: portal {portal} does not answer from {interface} ({count} pings, no answer)</source>
        <translation>{host}: ポータル {portal} が {interface} から応答しません ({count} 回の ping に応答なし)</translation>
    </message>
    <message>
        <source>Check that the switch port of this host&apos;s storage NIC carries the storage VLAN tagged (a wrong tag or an untagged port looks exactly like this), and that the array&apos;s portal is up.</source>
        <translation>このホストのストレージ NIC が接続されたスイッチポートで、ストレージVLANがタグ付きで通過するよう設定されていることを確認してください (タグの誤りやタグなしポートでは、まさにこの症状になります)。また、ストレージアレイのポータルが稼働していることも確認してください。</translation>
    </message>
    <message>
        <source>{host}: {lost} of {sent} jumbo pings to {portal} were lost</source>
        <translation>{host}: {portal} へのジャンボ ping {sent} 回のうち {lost} 回が失われました</translation>
    </message>
    <message>
        <source>Frames get through but not all of them: check the storage links for errors.</source>
        <translation>フレームは届いていますが、すべてではありません。ストレージリンクのエラーを確認してください。</translation>
    </message>
    <message>
        <source>{command}: {received}/{sent} answered</source>
        <translation>{command}: {sent} 回中 {received} 回応答</translation>
    </message>
    <message>
        <source>{host}: jumbo frames to {portal} are refused by {router} (MTU {mtu} on the way)</source>
        <translation>{host}: {portal} へのジャンボフレームが {router} によって拒否されています (経路上の MTU は {mtu})</translation>
    </message>
    <message>
        <source>A router between host and array has a smaller MTU: keep storage in one L2 segment or raise that hop&apos;s MTU.</source>
        <translation>ホストとストレージアレイの間のルーターの MTU が小さくなっています。ストレージを 1 つの L2 セグメント内に収めるか、そのホップの MTU を引き上げてください。</translation>
    </message>
    <message>
        <source>{host}: jumbo frames fail on the host itself: {interface} sends at MTU {mtu}, not {planned} ({error})</source>
        <translation>{host}: ジャンボフレームがホスト自体で失敗しています。{interface} は {planned} ではなく MTU {mtu} で送信しています ({error})</translation>
    </message>
    <message>
        <source>{host}: jumbo frames fail on the host itself: {interface} sends at a smaller MTU, not {planned} ({error})</source>
        <translation>{host}: ジャンボフレームがホスト自体で失敗しています。{interface} は {planned} より小さい MTU で送信しています ({error})</translation>
    </message>
    <message>
        <source>The host side is too small: set the storage network MTU and re-plug the PIF, check the NIC (all VLANs on a NIC share its MTU) and its driver.</source>
        <translation>ホスト側の MTU が小さすぎます。ストレージネットワークの MTU を設定して PIF を再接続し、NIC (NIC 上のすべての VLAN は同じ MTU を共有します) とそのドライバーを確認してください。</translation>
    </message>
    <message>
        <source>{host}: jumbo frames to {portal} are silently lost: small pings answer, {mtu}-byte frames do not</source>
        <translation>{host}: {portal} へのジャンボフレームが通知なく失われています。小さな ping には応答がありますが、{mtu} バイトのフレームには応答がありません</translation>
    </message>
    <message>
        <source>The host sends them; a switch port on the way (or the array&apos;s interface) does not allow MTU {mtu}. Enable jumbo frames on every switch port of the storage VLAN and on the array, or plan MTU 1500.</source>
        <translation>ホストはフレームを送信していますが、経路上のスイッチポート (またはストレージアレイのインターフェイス) が MTU {mtu} を許可していません。ストレージVLANのすべてのスイッチポートとストレージアレイでジャンボフレームを有効にするか、MTU 1500 で計画してください。</translation>
    </message>
    <message>
        <source>Login refused: check the CHAP user and secret, and that this host&apos;s initiator IQN is on the array&apos;s access list.</source>
        <translation>ログインが拒否されました。CHAP ユーザーとシークレット、およびこのホストのイニシエーター IQN がストレージアレイのアクセスリストに登録されていることを確認してください。</translation>
    </message>
    <message>
        <source>Nothing listens for iSCSI on the portal: check the target service on the array.</source>
        <translation>ポータルで iSCSI を待ち受けているサービスがありません。ストレージアレイのターゲットサービスを確認してください。</translation>
    </message>
    <message>
        <source>The portal does not answer on TCP {port}: check the storage VLAN and the array.</source>
        <translation>ポータルが TCP {port} で応答しません。ストレージVLANとストレージアレイを確認してください。</translation>
    </message>
    <message>
        <source>The array offers no target to this host: check its access list.</source>
        <translation>ストレージアレイがこのホストにターゲットを提供していません。アクセスリストを確認してください。</translation>
    </message>
    <message>
        <source>See the command&apos;s output.</source>
        <translation>コマンドの出力を確認してください。</translation>
    </message>
    <message>
        <source>{host}: iSCSI discovery/login at {portal}:{port} failed ({kind})</source>
        <translation>{host}: {portal}:{port} での iSCSI 検出/ログインに失敗しました ({kind})</translation>
    </message>
    <message>
        <source>{host}: discovery at {portal} does not offer {iqn}</source>
        <translation>{host}: {portal} での検出結果に {iqn} が含まれていません</translation>
    </message>
    <message>
        <source>The portal offers: {iqns}. Check the plan&apos;s target IQN and the array&apos;s access list for this host&apos;s initiator.</source>
        <translation>ポータルが提供しているターゲット: {iqns}。構築プランのターゲット IQN と、このホストのイニシエーターに対するストレージアレイのアクセスリストを確認してください。</translation>
    </message>
    <message>
        <source>The portal offers: nothing. Check the plan&apos;s target IQN and the array&apos;s access list for this host&apos;s initiator.</source>
        <translation>ポータルが提供しているターゲット: なし。構築プランのターゲット IQN と、このホストのイニシエーターに対するストレージアレイのアクセスリストを確認してください。</translation>
    </message>
    <message>
        <source>{host}: neither {tool} nor {other_tool} is installed</source>
        <translation>{host}: {tool} も {other_tool} もインストールされていません</translation>
    </message>
    <message>
        <source>XenServer/XCP-ng hosts have {tool}; install {package} or {other_package}.</source>
        <translation>XenServer/XCP-ng ホストには {tool} が含まれています。{package} または {other_package} をインストールしてください。</translation>
    </message>
    <message>
        <source>{host}: {interface} up at MTU {mtu} with {ip}; {count} portal(s) answer with jumbo frames; {tool} finds {iqn}</source>
        <translation>{host}: {interface} は MTU {mtu}、{ip} で稼働中。{count} 個のポータルがジャンボフレームで応答し、{tool} が {iqn} を検出しました</translation>
    </message>
    <message>
        <source>{host}: {interface} up at MTU {mtu} with {ip}; {count} portal(s) answer; {tool} finds {iqn}</source>
        <translation>{host}: {interface} は MTU {mtu}、{ip} で稼働中。{count} 個のポータルが応答し、{tool} が {iqn} を検出しました</translation>
    </message>
    <message>
        <source>sees {seen} of {total} iSCSI paths: missing {missing}</source>
        <translation>{total} 個の iSCSI パスのうち {seen} 個を認識しています。不足: {missing}</translation>
    </message>
    <message>
        <source>Every host should reach every portal, or multipath runs degraded on some hosts: check the storage NICs, VLANs and the array&apos;s portal groups.</source>
        <translation>すべてのホストがすべてのポータルに到達できる必要があります。そうでない場合、一部のホストでマルチパスが縮退状態で動作します。ストレージ NIC、VLAN、およびストレージアレイのポータルグループを確認してください。</translation>
    </message>
</context>
<context>
    <name>HostsPage</name>
    <message>
        <source>Trust</source>
        <translation>信頼</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Certificate (SHA-256)</source>
        <translation>証明書 (SHA-256)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>Own password</source>
        <translation>個別パスワード</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Add the hosts by address or scan a range, confirm each host&apos;s certificate, then connect.</source>
        <translation>ホストをアドレスで追加するか範囲をスキャンし、各ホストの証明書を確認してから接続してください。</translation>
    </message>
    <message>
        <source>address, range (192.0.2.10-20) or subnet (192.0.2.0/24)</source>
        <translation>アドレス、範囲 (192.0.2.10-20) またはサブネット (192.0.2.0/24)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>スキャン(&amp;S)</translation>
    </message>
    <message>
        <source>root password (the same on every host)</source>
        <translation>rootパスワード (全ホスト共通)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Re&amp;member the passwords in the OS keyring</source>
        <translation>パスワードをOSのキーリングに保存(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>選択項目を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Copy &amp;join information</source>
        <translation>参加情報をコピー(&amp;J)</translation>
    </message>
    <message>
        <source>The trusted hosts and their certificate fingerprints as one line: paste it into the address field on another computer, and it trusts exactly these certificates.</source>
        <translation>信頼済みのホストとその証明書のフィンガープリントを 1 行にまとめたものです。別のコンピューターのアドレス欄に貼り付けると、まさにこれらの証明書だけを信頼します。</translation>
    </message>
    <message>
        <source>&amp;Connect and check</source>
        <translation>接続してチェック(&amp;C)</translation>
    </message>
    <message>
        <source>Enter a host&apos;s management IP address.</source>
        <translation>ホストの管理IPアドレスを入力してください。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an IPv4 address.</source>
        <translation>「{0}」はIPv4アドレスではありません。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is neither an IPv4 address nor a host name.</source>
        <translation>「{0}」は IPv4 アドレスでもホスト名でもありません。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; does not resolve to an IPv4 address here ({1}).</source>
        <translation>「{0}」はこのコンピューターでは IPv4 アドレスに解決できません ({1})。</translation>
    </message>
    <message>
        <source>{0} host(s) added with the certificates the join information names.</source>
        <translation>参加情報に記載された証明書で {0} 台のホストを追加しました。</translation>
    </message>
    <message>
        <source>Trust the hosts&apos; certificates first.</source>
        <translation>先にホストの証明書を信頼してください。</translation>
    </message>
    <message>
        <source>Join information copied: it names the trusted hosts and holds no password.</source>
        <translation>参加情報をコピーしました。信頼済みのホストが記載されており、パスワードは含まれていません。</translation>
    </message>
    <message>
        <source>{0} (certificate)</source>
        <translation>{0} (証明書)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{host}&lt;/b&gt;, certificate SHA-256:&lt;br&gt;&lt;tt&gt;{fingerprint}&lt;/tt&gt;&lt;br&gt;Compare it on the host before ticking Trust: in its shell (xsconsole: Local Command Shell) &lt;tt&gt;openssl x509 -in /etc/xensource/xapi-ssl.pem -noout -fingerprint -sha256&lt;/tt&gt;, or &lt;tt&gt;xe certificate-list type=host params=host,fingerprint_sha256&lt;/tt&gt; (XenServer 8.2: &lt;tt&gt;params=host,fingerprint&lt;/tt&gt;). xsconsole&apos;s Status Display shows the SHA-1 fingerprint, another number.</source>
        <translation>&lt;b&gt;{host}&lt;/b&gt;、証明書 SHA-256:&lt;br&gt;&lt;tt&gt;{fingerprint}&lt;/tt&gt;&lt;br&gt;「信頼」にチェックを入れる前に、ホスト上で照合してください: ホストのシェル (xsconsole: Local Command Shell) で &lt;tt&gt;openssl x509 -in /etc/xensource/xapi-ssl.pem -noout -fingerprint -sha256&lt;/tt&gt;、または &lt;tt&gt;xe certificate-list type=host params=host,fingerprint_sha256&lt;/tt&gt; (XenServer 8.2: &lt;tt&gt;params=host,fingerprint&lt;/tt&gt;)。xsconsole の Status Display に表示されるのは SHA-1 フィンガープリントで、別の値です。</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the host&apos;s console before trusting it.</source>
        <translation>信頼する前に、このフィンガープリントをホストのコンソールに表示される値と比較してください。</translation>
    </message>
    <message>
        <source>Add the hosts to go on.</source>
        <translation>続行するにはホストを追加してください。</translation>
    </message>
    <message>
        <source>Tick Trust for each host whose certificate you have compared, then press Connect and check.</source>
        <translation>証明書を照合した各ホストの「信頼」にチェックを入れ、「接続してチェック」を押してください。</translation>
    </message>
    <message>
        <source>Press Connect and check to go on.</source>
        <translation>続行するには「接続してチェック」を押してください。</translation>
    </message>
    <message>
        <source>contacting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>スタンドアロン</translation>
    </message>
    <message>
        <source>master of {0} hosts</source>
        <translation>{0}台のホストのマスター</translation>
    </message>
    <message>
        <source>member of {0}</source>
        <translation>{0}のメンバー</translation>
    </message>
    <message>
        <source>same as below</source>
        <translation>下記と同じ</translation>
    </message>
    <message>
        <source>Add at least one host.</source>
        <translation>ホストを1台以上追加してください。</translation>
    </message>
    <message>
        <source>Confirm the certificate of: {0}</source>
        <translation>次のホストの証明書を確認してください: {0}</translation>
    </message>
    <message>
        <source>Enter the root password.</source>
        <translation>rootパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Enter the root password (none is remembered for {0}).</source>
        <translation>rootパスワードを入力してください ({0}のパスワードは保存されていません)。</translation>
    </message>
    <message>
        <source>Connected to {0} host(s).</source>
        <translation>{0}台のホストに接続しました。</translation>
    </message>
    <message>
        <source>The passwords are in the OS keyring.</source>
        <translation>パスワードはOSのキーリングに保存されています。</translation>
    </message>
    <message>
        <source>No OS keyring here: the passwords stay in memory only.</source>
        <translation>OSのキーリングがありません。パスワードはメモリ内にのみ保持されます。</translation>
    </message>
</context>
<context>
    <name>Iscsi</name>
    <message>
        <source>the probe answer is {size} bytes long; refusing to parse it</source>
        <translation>プローブの応答が{size}バイトあるため、解析を拒否します</translation>
    </message>
    <message>
        <source>the probe answer is not valid XML ({error})</source>
        <translation>プローブの応答が有効なXMLではありません ({error})</translation>
    </message>
    <message>
        <source>expected {expected} in the probe answer, found {found}</source>
        <translation>プローブの応答には{expected}が必要ですが、{found}が見つかりました</translation>
    </message>
    <message>
        <source>{field} {value} is not a number</source>
        <translation>{field} {value}は数値ではありません</translation>
    </message>
    <message>
        <source>probe the iSCSI target</source>
        <translation>iSCSIターゲットのプローブ</translation>
    </message>
    <message>
        <source>Check what answers on the portal.</source>
        <translation>ポータルで何が応答しているかを確認してください。</translation>
    </message>
    <message>
        <source>the target does not offer {iqn}</source>
        <translation>ターゲットは{iqn}を提供していません</translation>
    </message>
    <message>
        <source>Choose one of: {iqns}.</source>
        <translation>次のいずれかを選択してください: {iqns}。</translation>
    </message>
    <message>
        <source>Choose one of: none found.</source>
        <translation>選択できるターゲットが見つかりませんでした。</translation>
    </message>
    <message>
        <source>the target has no LUN {scsi_id} for the shared SR</source>
        <translation>ターゲットに共有SR用のLUN {scsi_id}がありません</translation>
    </message>
    <message>
        <source>the target has no LUN {scsi_id} for the heartbeat</source>
        <translation>ターゲットにハートビート用のLUN {scsi_id}がありません</translation>
    </message>
    <message>
        <source>Probe the target and choose a listed LUN.</source>
        <translation>ターゲットをプローブし、一覧にあるLUNを選択してください。</translation>
    </message>
    <message>
        <source>the heartbeat LUN {lun} has {size} GiB ({bytes} bytes); HA needs {need} GiB ({need_bytes} bytes) on it</source>
        <translation>ハートビート LUN {lun} は {size} GiB ({bytes} バイト) です。HA にはその上に {need} GiB ({need_bytes} バイト) が必要です</translation>
    </message>
    <message>
        <source>XAPI puts the statefile and the pool database redo log there: use a LUN of 4 GiB or more.</source>
        <translation>XAPIはここにステートファイルとプールデータベースのREDOログを配置します。4 GiB以上のLUNを使用してください。</translation>
    </message>
    <message>
        <source>LUN already holds SR {names}: it will be reattached with its data</source>
        <translation>LUNにはすでにSR {names}があります: データを保持したまま再接続されます</translation>
    </message>
    <message>
        <source>LUN holds SR {names} and the plan says FORMAT: every disk on it will be destroyed</source>
        <translation>LUNにはSR {names}があり、構築プランではFORMATが指定されています: LUN上のすべてのディスクが破棄されます</translation>
    </message>
    <message>
        <source>Only with {option} on the command line; otherwise set {setting}.</source>
        <translation>コマンドラインで{option}を指定した場合にのみ実行されます。それ以外の場合は{setting}を設定してください。</translation>
    </message>
    <message>
        <source>LUN holds SR {names}</source>
        <translation>LUNにSR {names}があります</translation>
    </message>
    <message>
        <source>Set {setting} to use it.</source>
        <translation>使用するには{setting}を設定してください。</translation>
    </message>
</context>
<context>
    <name>IscsiPage</name>
    <message>
        <source>iSCSI target</source>
        <translation>iSCSIターゲット</translation>
    </message>
    <message>
        <source>The hosts reach the target over the storage network, so it is set up first; then the target is probed from the pool master.</source>
        <translation>ホストはストレージネットワーク経由でターゲットに接続するため、先にストレージネットワークを設定します。その後、プールマスターからターゲットをプローブします。</translation>
    </message>
    <message>
        <source>(no CHAP)</source>
        <translation>(CHAPなし)</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>ポータル(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>CHAP &amp;user:</source>
        <translation>CHAPユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>CHAP s&amp;ecret:</source>
        <translation>CHAPシークレット(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Multipathing on every host</source>
        <translation>全ホストでマルチパス(&amp;M)</translation>
    </message>
    <message>
        <source>Turned on before the SR is made: one path per portal, so a failed cable or controller does not stop the storage. Later it needs the SR unplugged.</source>
        <translation>SR の作成前に有効にします。ポータルごとに 1 本のパスがあるため、ケーブルやコントローラーが故障してもストレージは止まりません。後から有効にするには SR の切断が必要です。</translation>
    </message>
    <message>
        <source>Initiator IQNs to allow on the array:</source>
        <translation>アレイで許可するイニシエーターIQN:</translation>
    </message>
    <message>
        <source>&amp;1. Create pool and storage network now</source>
        <translation>1. プールとストレージネットワークを今すぐ作成(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2. Discover</source>
        <translation>2. 検出(&amp;2)</translation>
    </message>
    <message>
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>シリアル</translation>
    </message>
    <message>
        <source>SCSI id</source>
        <translation>SCSI ID</translation>
    </message>
    <message>
        <source>Holds SR</source>
        <translation>既存のSR</translation>
    </message>
    <message>
        <source>Reattach it (keep its data)</source>
        <translation>再接続する (データを保持)</translation>
    </message>
    <message>
        <source>Format it (destroys its data)</source>
        <translation>フォーマットする (データを破棄)</translation>
    </message>
    <message>
        <source>type the SR&apos;s name to confirm formatting</source>
        <translation>フォーマットを確定するにはSRの名前を入力してください</translation>
    </message>
    <message>
        <source>Sh&amp;ared SR LUN:</source>
        <translation>共有SRのLUN(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Heartbeat LUN:</source>
        <translation>ハートビートLUN(&amp;H):</translation>
    </message>
    <message>
        <source>LUN holds an SR:</source>
        <translation>LUN上の既存SR:</translation>
    </message>
    <message>
        <source>Discover the target (steps 1 and 2) and choose the LUNs to go on.</source>
        <translation>続行するには、ターゲットを検出し (手順 1 と 2)、LUN を選択してください。</translation>
    </message>
    <message>
        <source>The portal or CHAP changed since the discovery: press Discover again.</source>
        <translation>検出の後にポータルまたは CHAP が変更されました。もう一度「検出」を押してください。</translation>
    </message>
    <message>
        <source>Type the SR&apos;s name to confirm formatting, or choose Reattach.</source>
        <translation>フォーマットを確定するには SR の名前を入力するか、「再接続する」を選択してください。</translation>
    </message>
    <message>
        <source>Correct what is marked in red above to go on.</source>
        <translation>続行するには、上で赤く示された箇所を修正してください。</translation>
    </message>
    <message>
        <source>HA is turned off now for the joins, and on again only at the end of the build: until then no VM is restarted if a host fails.</source>
        <translation>参加のため今 HA を無効にし、構築の最後にのみ再び有効にします。それまではホストが故障しても VM は再起動されません。</translation>
    </message>
    <message>
        <source>Create the pool now?</source>
        <translation>今すぐプールを作成しますか？</translation>
    </message>
    <message>
        <source>This changes the hosts now: {0} becomes the master of pool &apos;{1}&apos;, {2} host(s) join it, and each gets its storage IP on VLAN {3}. The target can only be discovered over that network. Continue?</source>
        <translation>ホストが今すぐ変更されます: {0}がプール「{1}」のマスターになり、{2}台のホストがプールに参加し、各ホストにVLAN {3}上のストレージIPが設定されます。ターゲットはこのネットワーク経由でのみ検出できます。続行しますか？</translation>
    </message>
    <message>
        <source>Step 1 waits: {0}</source>
        <translation>手順 1 は保留中です: {0}</translation>
    </message>
    <message>
        <source>Discover needs step 1 first: the hosts reach the target over the storage network.</source>
        <translation>検出の前に手順 1 が必要です。ホストはストレージネットワーク経由でターゲットに接続します。</translation>
    </message>
    <message>
        <source>Enter the portal address to discover the target.</source>
        <translation>ターゲットを検出するにはポータルのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Pool and storage network are in place. Now discover the target.</source>
        <translation>プールとストレージネットワークの準備ができました。次にターゲットを検出してください。</translation>
    </message>
    <message>
        <source>Enter the portal address.</source>
        <translation>ポータルのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The CHAP secret is in the OS keyring.</source>
        <translation>CHAPシークレットはOSのキーリングに保存されています。</translation>
    </message>
    <message>
        <source>* (every target: multipath)</source>
        <translation>* (すべてのターゲット: マルチパス)</translation>
    </message>
    <message>
        <source>LUN {0}: {1} ({2}) — holds {3}</source>
        <translation>LUN {0}: {1} ({2}) — 既存SR: {3}</translation>
    </message>
    <message>
        <source>LUN {0}: {1} ({2})</source>
        <translation>LUN {0}: {1} ({2})</translation>
    </message>
    <message>
        <source>Formatting destroys every disk on &apos;{0}&apos;. Type its name to confirm.</source>
        <translation>フォーマットすると「{0}」上のすべてのディスクが破棄されます。確認のため、その名前を入力してください。</translation>
    </message>
</context>
<context>
    <name>JoinInfo</name>
    <message>
        <source>The pasted text is far too long to be join information.</source>
        <translation>貼り付けたテキストは参加情報としては長すぎます。</translation>
    </message>
    <message>
        <source>This is not xenpool-wizard join information (that starts with {prefix}).</source>
        <translation>これは xenpool-wizard の参加情報ではありません（参加情報は {prefix} で始まります）。</translation>
    </message>
    <message>
        <source>The join information is damaged (its checksum does not match): copy it again.</source>
        <translation>参加情報が破損しています（チェックサムが一致しません）。もう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The join information cannot be read: copy it again.</source>
        <translation>参加情報を読み取れません。もう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The join information lists no hosts.</source>
        <translation>参加情報にホストが含まれていません。</translation>
    </message>
    <message>
        <source>Host {number} of the join information is incomplete.</source>
        <translation>参加情報のホスト {number} が不完全です。</translation>
    </message>
    <message>
        <source>Host {number}: {address} is not an IP address.</source>
        <translation>ホスト {number}: {address} は IP アドレスではありません。</translation>
    </message>
    <message>
        <source>Host {number}: the port must be 1-65535.</source>
        <translation>ホスト {number}: ポートは 1～65535 である必要があります。</translation>
    </message>
    <message>
        <source>Host {number}: the fingerprint is not a SHA-256 fingerprint.</source>
        <translation>ホスト {number}: フィンガープリントが SHA-256 のフィンガープリントではありません。</translation>
    </message>
    <message>
        <source>{address}: the join information has a different fingerprint than the one pinned here; nothing was pinned. Check the host&apos;s console.</source>
        <translation>{address}: 参加情報のフィンガープリントが、ここで固定済みのものと異なります。何も固定していません。ホストのコンソールを確認してください。</translation>
    </message>
    <message>
        <source>{address}: pinned {fingerprint}</source>
        <translation>{address}: {fingerprint} を固定しました</translation>
    </message>
    <message>
        <source>not pinned yet: {addresses}. Connect once (validate, or the wizard&apos;s Hosts page) and confirm the fingerprint against the host&apos;s console first.</source>
        <translation>まだ固定されていません: {addresses}。先に一度接続し（validate またはウィザードの［ホスト］ページ）、ホストのコンソールでフィンガープリントを確認してください。</translation>
    </message>
</context>
<context>
    <name>NetworkChecks</name>
    <message>
        <source>has no NIC {device}</source>
        <translation>NIC {device}がありません</translation>
    </message>
    <message>
        <source>Choose one of: {devices}.</source>
        <translation>次のいずれかを選択してください: {devices}。</translation>
    </message>
    <message>
        <source>{device} also carries management traffic</source>
        <translation>{device}は管理トラフィックも伝送しています</translation>
    </message>
    <message>
        <source>A dedicated NIC for storage keeps HA heartbeats and iSCSI apart; prefer another NIC.</source>
        <translation>ストレージ専用のNICを使用すると、HAハートビートとiSCSIのトラフィックが分離されます。別のNICを使用することをお勧めします。</translation>
    </message>
    <message>
        <source>{device} has no link</source>
        <translation>{device}にリンクがありません</translation>
    </message>
    <message>
        <source>Check the cable and the switch port.</source>
        <translation>ケーブルとスイッチポートを確認してください。</translation>
    </message>
    <message>
        <source>{device} links at {speed} Mbit/s</source>
        <translation>{device}のリンク速度は{speed} Mbit/sです</translation>
    </message>
    <message>
        <source>iSCSI wants 10 Gbit/s (1 Gbit/s at least).</source>
        <translation>iSCSIには10 Gbit/sを推奨します (最低でも1 Gbit/s)。</translation>
    </message>
    <message>
        <source>VLAN {vlan} on {device} already exists</source>
        <translation>{device}上のVLAN {vlan}はすでに存在します</translation>
    </message>
    <message>
        <source>VLAN {vlan} on {device} is already used by network {network}</source>
        <translation>{device}上のVLAN {vlan}は、ネットワーク{network}ですでに使用されています</translation>
    </message>
    <message>
        <source>Choose another VLAN tag, or name the plan&apos;s storage network like the existing one to reuse it.</source>
        <translation>別のVLANタグを選択してください。既存のネットワークを再利用する場合は、構築プランのストレージネットワークに既存のネットワークと同じ名前を付けてください。</translation>
    </message>
    <message>
        <source>storage IP {ip} is already in use by {owner}</source>
        <translation>ストレージIP {ip}はすでに{owner}が使用しています</translation>
    </message>
    <message>
        <source>Pick a free address for this host&apos;s storage interface.</source>
        <translation>このホストのストレージインターフェイスには、未使用のアドレスを選択してください。</translation>
    </message>
    <message>
        <source>MTU {mtu} needs jumbo frames on every switch port and on the array</source>
        <translation>MTU {mtu}には、すべてのスイッチポートとアレイでジャンボフレームが必要です</translation>
    </message>
    <message>
        <source>The wizard proves it end to end with a don&apos;t-fragment ping after configuring.</source>
        <translation>ウィザードは設定後、フラグメント禁止 (don&apos;t-fragment) のpingでエンドツーエンドに検証します。</translation>
    </message>
    <message>
        <source>the pool already has its storage network {network} on VLAN {vlan}; the plan says VLAN {planned}</source>
        <translation>プールには既にストレージネットワーク {network} が VLAN {vlan} 上にあります。計画では VLAN {planned} です</translation>
    </message>
    <message>
        <source>Put VLAN {vlan} back in the plan to keep using it. Moving storage to another VLAN means unplugging the shared SRs and turning HA off first: the wizard does not move a storage network under a running pool.</source>
        <translation>引き続き使うには計画を VLAN {vlan} に戻してください。ストレージを別の VLAN に移すには、先に共有 SR を切断し HA を無効にする必要があります。ウィザードは稼働中のプールのストレージネットワークを移動しません。</translation>
    </message>
    <message>
        <source>its storage interface is on {device} already; the plan says {planned}</source>
        <translation>ストレージインターフェイスはすでに {device} 上にあります。計画では {planned} です</translation>
    </message>
    <message>
        <source>Put {device} back in the plan (storage_network.nic, or hosts[].nic for this host). Moving storage to another NIC means unplugging the shared SRs and turning HA off first: the wizard does not move a storage network under a running pool.</source>
        <translation>計画を {device} に戻してください (storage_network.nic、またはこのホストの hosts[].nic)。ストレージを別の NIC に移すには、先に共有 SR を切断し HA を無効にする必要があります。ウィザードは稼働中のプールのストレージネットワークを移動しません。</translation>
    </message>
    <message>
        <source>its storage interface has {ip} and carries the pool&apos;s storage; the plan gives it {planned}</source>
        <translation>ストレージインターフェイスは {ip} で、プールのストレージを運んでいます。計画では {planned} です</translation>
    </message>
    <message>
        <source>Put {ip} back in the plan ({field}). To change it, turn HA off and unplug the shared SRs on this host first (XAPI refuses the change under HA, and the SRs&apos; iSCSI sessions use the old address).</source>
        <translation>計画を {ip} に戻してください ({field})。変更するには、先に HA を無効にし、このホストの共有 SR を切断してください (XAPI は HA 有効時の変更を拒否し、SR の iSCSI セッションは古いアドレスを使用しています)。</translation>
    </message>
    <message>
        <source>its storage interface has netmask {netmask} and carries the pool&apos;s storage; the plan&apos;s subnet {subnet} gives it {planned}</source>
        <translation>ストレージインターフェイスのネットマスクは {netmask} で、プールのストレージを運んでいます。計画のサブネット {subnet} では {planned} です</translation>
    </message>
    <message>
        <source>Put the subnet back in the plan (storage_network.subnet). To change it, turn HA off and unplug the shared SRs on this host first (XAPI refuses the change under HA, and the SRs&apos; iSCSI sessions use the old address).</source>
        <translation>計画のサブネットを元に戻してください (storage_network.subnet)。変更するには、先に HA を無効にし、このホストの共有 SR を切断してください (XAPI は HA 有効時の変更を拒否し、SR の iSCSI セッションは古いアドレスを使用しています)。</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Storage network</source>
        <translation>ストレージネットワーク</translation>
    </message>
    <message>
        <source>A VLAN for iSCSI on every host, with a static IP each. It is created after the joins.</source>
        <translation>全ホストにiSCSI用のVLANを作成し、それぞれに静的IPを割り当てます。VLANはプールへの参加後に作成されます。</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>(usually none)</source>
        <translation>(通常はなし)</translation>
    </message>
    <message>
        <source>N&amp;IC:</source>
        <translation>NIC(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;VLAN tag:</source>
        <translation>VLANタグ(&amp;V):</translation>
    </message>
    <message>
        <source>MT&amp;U:</source>
        <translation>MTU(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Subnet:</source>
        <translation>サブネット(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;First IP:</source>
        <translation>開始IP(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>ゲートウェイ(&amp;G):</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <source>NIC link</source>
        <translation>NICリンク</translation>
    </message>
    <message>
        <source>Storage IP</source>
        <translation>ストレージIP</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>{0} (up, {1} Mbit/s)</source>
        <translation>{0} (リンクあり、{1} Mbit/s)</translation>
    </message>
    <message>
        <source>{0} (no link)</source>
        <translation>{0} (リンクなし)</translation>
    </message>
    <message>
        <source>{0}, VLAN {1}, MTU {2}</source>
        <translation>{0}、VLAN {1}、MTU {2}</translation>
    </message>
    <message>
        <source>up, {0} Mbit/s</source>
        <translation>リンクアップ、{0} Mbit/s</translation>
    </message>
    <message>
        <source>NO LINK</source>
        <translation>リンクなし</translation>
    </message>
    <message>
        <source>no such NIC</source>
        <translation>NICが存在しません</translation>
    </message>
    <message>
        <source>Double-click or press F2 to use another NIC on this host</source>
        <translation>このホストで別の NIC を使うには、ダブルクリックするか F2 を押してください</translation>
    </message>
    <message>
        <source>Correct what is marked in red above to go on.</source>
        <translation>続行するには、上で赤く示された箇所を修正してください。</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>The pool is built: every step is done.</source>
        <translation>プールを構築しました: すべてのステップが完了しています。</translation>
    </message>
    <message>
        <source>Stopped as you asked, before “{step}”.</source>
        <translation>指示どおり「{step}」の前で停止しました。</translation>
    </message>
    <message>
        <source>Stopped as you asked.</source>
        <translation>指示どおり停止しました。</translation>
    </message>
    <message>
        <source>The build stopped at “{step}”:</source>
        <translation>構築は「{step}」で停止しました:</translation>
    </message>
    <message>
        <source>The build stopped:</source>
        <translation>構築が停止しました:</translation>
    </message>
    <message>
        <source>The pool could not be read back ({reason}); the journal says:</source>
        <translation>プールを読み直せませんでした ({reason})。ジャーナルの記録:</translation>
    </message>
    <message>
        <source>Done: {steps}.</source>
        <translation>完了: {steps}。</translation>
    </message>
    <message>
        <source>Not done yet: {steps}.</source>
        <translation>未完了: {steps}。</translation>
    </message>
    <message>
        <source>Nothing else was changed. Press Build again to carry on from there: what is done is kept.</source>
        <translation>それ以外は何も変更していません。もう一度「構築」を押すと続きから再開します。完了した部分はそのまま残ります。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>{0} GiB</source>
        <translation>{0} GiB</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0}に書き込めませんでした: {1}</translation>
    </message>
    <message>
        <source>Next is available once the work in progress ends.</source>
        <translation>実行中の処理が終わると「次へ」を押せるようになります。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}) — master: storage IP {2} on {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}) — マスター: {3}上のストレージIP {2}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}) — joins, &lt;b style=&apos;color:#b00020&apos;&gt;FORCED (unsupported)&lt;/b&gt;: storage IP {2} on {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}) — 参加、&lt;b style=&apos;color:#b00020&apos;&gt;強制 (サポート対象外)&lt;/b&gt;: ストレージ IP {2} ({3})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}) — joins: storage IP {2} on {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}) — 参加: {3}上のストレージIP {2}</translation>
    </message>
    <message>
        <source>HA on, tolerating {0} host failure(s), heartbeat on LUN {1}.</source>
        <translation>HAを有効にし、{0}台のホスト障害を許容します。ハートビートはLUN {1}に配置します。</translation>
    </message>
    <message>
        <source>HA stays off.</source>
        <translation>HAは無効のままです。</translation>
    </message>
    <message>
        <source>HA is turned off while the new hosts join (no VM is restarted meanwhile).</source>
        <translation>新しいホストの参加中は HA を無効にします (その間 VM は再起動されません)。</translation>
    </message>
    <message>
        <source>Shared SR “{0}” on {1} / {2}, LUN {3}.</source>
        <translation>共有SR「{0}」: {1} / {2}、LUN {3}。</translation>
    </message>
    <message>
        <source>Shared SR “{0}” on {1} / {2}, LUN {3} (the LUN holds an SR: it is reattached with its data).</source>
        <translation>共有SR「{0}」: {1} / {2}、LUN {3} (このLUNには既存のSRがあります。データを保持したまま再接続されます)。</translation>
    </message>
    <message>
        <source>Shared SR “{0}” on {1} / {2}, LUN {3} (the LUN is FORMATTED).</source>
        <translation>共有SR「{0}」: {1} / {2}、LUN {3} (このLUNはフォーマットされます)。</translation>
    </message>
    <message>
        <source>Pool “{0}”</source>
        <translation>プール「{0}」</translation>
    </message>
    <message>
        <source>Storage network “{0}”: VLAN {1}, MTU {2}, subnet {3}.</source>
        <translation>ストレージネットワーク「{0}」: VLAN {1}、MTU {2}、サブネット {3}。</translation>
    </message>
    <message>
        <source>Multipathing is turned on on every host first ({0} portals).</source>
        <translation>最初に全ホストでマルチパスを有効にします(ポータル {0} 個)。</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>a plan file must not contain passwords or secrets</source>
        <translation>構築プランのファイルにパスワードやシークレットを含めることはできません</translation>
    </message>
    <message>
        <source>Remove it; the wizard takes secrets from the keyring, {password} / {chap_secret}, or asks.</source>
        <translation>削除してください。ウィザードはシークレットをキーリングまたは{password} / {chap_secret}から取得するか、入力を求めます。</translation>
    </message>
    <message>
        <source>Remove it or correct it. Did you mean &apos;{key}&apos;?</source>
        <translation>削除するか修正してください。「{key}」の誤りではありませんか?</translation>
    </message>
    <message>
        <source>Remove it or correct it. Known keys: {keys}.</source>
        <translation>削除するか修正してください。有効なキー: {keys}。</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>不明なキーです</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <translation>{value}ではなく、trueまたはfalseを指定する必要があります</translation>
    </message>
    <message>
        <source>Write true or false.</source>
        <translation>trueまたはfalseと記述してください。</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>{value}ではなく、整数を指定する必要があります</translation>
    </message>
    <message>
        <source>Write a number.</source>
        <translation>数値を記述してください。</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>{value}ではなく、文字列を指定する必要があります</translation>
    </message>
    <message>
        <source>Put the value in quotes.</source>
        <translation>値を引用符で囲んでください。</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>テーブルである必要があります</translation>
    </message>
    <message>
        <source>Write it as {example}.</source>
        <translation>{example}の形式で記述してください。</translation>
    </message>
    <message>
        <source>must be a list of text values</source>
        <translation>文字列のリストである必要があります</translation>
    </message>
    <message>
        <source>Write {example}.</source>
        <translation>{example}と記述してください。</translation>
    </message>
    <message>
        <source>must be a table of text values</source>
        <translation>文字列値のテーブルである必要があります</translation>
    </message>
    <message>
        <source>must be a list of VM names</source>
        <translation>VM名のリストである必要があります</translation>
    </message>
    <message>
        <source>must be a list of {table} tables</source>
        <translation>{table}テーブルのリストである必要があります</translation>
    </message>
    <message>
        <source>Write {table} blocks.</source>
        <translation>{table}ブロックを記述してください。</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>有効なTOMLではありません: {error}</translation>
    </message>
    <message>
        <source>Fix the syntax at that line.</source>
        <translation>該当する行の構文を修正してください。</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>{path}を読み取れません: {error}</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>パスを確認してください。</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path}はUTF-8テキストではありません</translation>
    </message>
    <message>
        <source>Save it as UTF-8.</source>
        <translation>UTF-8で保存してください。</translation>
    </message>
    <message>
        <source>{value} contains control characters or line breaks</source>
        <translation>{value}に制御文字または改行が含まれています</translation>
    </message>
    <message>
        <source>Use a name of printable characters on one line.</source>
        <translation>印字可能な文字だけを使い、1行の名前にしてください。</translation>
    </message>
    <message>
        <source>must be 1-128 printable characters</source>
        <translation>1～128文字の印字可能な文字である必要があります</translation>
    </message>
    <message>
        <source>Give the pool a name.</source>
        <translation>プール名を指定してください。</translation>
    </message>
    <message>
        <source>{port} is not a TCP port</source>
        <translation>{port}はTCPポートではありません</translation>
    </message>
    <message>
        <source>Use 443 unless told otherwise.</source>
        <translation>特に指示がない限り、443を使用してください。</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>Use {user}.</source>
        <translation>{user}を使用してください。</translation>
    </message>
    <message>
        <source>no hosts in the plan</source>
        <translation>構築プランにホストがありません</translation>
    </message>
    <message>
        <source>Add a {table} block per host.</source>
        <translation>ホストごとに{table}ブロックを追加してください。</translation>
    </message>
    <message>
        <source>Enter the host&apos;s management IP address.</source>
        <translation>ホストの管理IPアドレスを入力してください。</translation>
    </message>
    <message>
        <source>{address} is neither an IPv4 address nor a host name</source>
        <translation>{address}はIPv4アドレスでもホスト名でもありません</translation>
    </message>
    <message>
        <source>Correct the address.</source>
        <translation>アドレスを修正してください。</translation>
    </message>
    <message>
        <source>{address} is listed twice (also {other})</source>
        <translation>{address}が重複しています ({other}にもあります)</translation>
    </message>
    <message>
        <source>Remove the duplicate.</source>
        <translation>重複を削除してください。</translation>
    </message>
    <message>
        <source>is not a SHA-256 fingerprint</source>
        <translation>SHA-256フィンガープリントではありません</translation>
    </message>
    <message>
        <source>Copy it from the host&apos;s console or leave it out to confirm on first contact.</source>
        <translation>ホストのコンソールからコピーするか、省略して初回接続時に確認してください。</translation>
    </message>
    <message>
        <source>the master does not join a pool, so it cannot be forced</source>
        <translation>マスターはプールに参加しないため、強制できません</translation>
    </message>
    <message>
        <source>Remove {key} from the master&apos;s entry.</source>
        <translation>マスターの項目から {key} を削除してください。</translation>
    </message>
    <message>
        <source>{master} is not one of the hosts</source>
        <translation>{master}はホストの一覧にありません</translation>
    </message>
    <message>
        <source>Choose the master among the {table} addresses.</source>
        <translation>{table}のアドレスの中からマスターを選択してください。</translation>
    </message>
    <message>
        <source>Name the NIC for storage traffic, e.g. {example}.</source>
        <translation>ストレージトラフィック用のNICを指定してください (例: {example})。</translation>
    </message>
    <message>
        <source>{vlan} is outside 1-4094</source>
        <translation>{vlan}は1-4094の範囲外です</translation>
    </message>
    <message>
        <source>Use the VLAN tag your switch ports carry for storage.</source>
        <translation>スイッチポートでストレージ用に設定されているVLANタグを使用してください。</translation>
    </message>
    <message>
        <source>{mtu} is outside 1280-9216</source>
        <translation>{mtu}は1280-9216の範囲外です</translation>
    </message>
    <message>
        <source>Use 1500, or 9000 if every switch port and the array allow jumbo frames.</source>
        <translation>1500を使用してください。すべてのスイッチポートとアレイがジャンボフレームに対応している場合は9000を使用できます。</translation>
    </message>
    <message>
        <source>{mtu} is unusual</source>
        <translation>{mtu}は一般的な値ではありません</translation>
    </message>
    <message>
        <source>Most storage networks use 1500 or 9000; every hop must agree.</source>
        <translation>ほとんどのストレージネットワークでは1500または9000を使用します。経路上のすべての機器で値が一致している必要があります。</translation>
    </message>
    <message>
        <source>{subnet} is not a subnet</source>
        <translation>{subnet}はサブネットではありません</translation>
    </message>
    <message>
        <source>{value} is not an IPv4 address</source>
        <translation>{value}はIPv4アドレスではありません</translation>
    </message>
    <message>
        <source>Correct it or leave it empty (storage rarely needs a gateway).</source>
        <translation>修正するか空欄にしてください (ストレージでゲートウェイが必要になることはまれです)。</translation>
    </message>
    <message>
        <source>{gateway} is outside {subnet}</source>
        <translation>{gateway}は{subnet}の範囲外です</translation>
    </message>
    <message>
        <source>The gateway must be in the storage subnet.</source>
        <translation>ゲートウェイはストレージサブネット内にある必要があります。</translation>
    </message>
    <message>
        <source>Correct it.</source>
        <translation>修正してください。</translation>
    </message>
    <message>
        <source>the addresses from {first_ip} run out before {host} gets one</source>
        <translation>{first_ip}から始まるアドレスが、{host}に割り当てる前に尽きます</translation>
    </message>
    <message>
        <source>Start the range lower, or set {field}.</source>
        <translation>範囲の開始アドレスを小さくするか、{field}を設定してください。</translation>
    </message>
    <message>
        <source>no storage IP for this host</source>
        <translation>このホストのストレージIPがありません</translation>
    </message>
    <message>
        <source>Set {field} or {other_field}.</source>
        <translation>{field}または{other_field}を設定してください。</translation>
    </message>
    <message>
        <source>{ip} is outside the storage subnet {subnet}</source>
        <translation>{ip}はストレージサブネット{subnet}の範囲外です</translation>
    </message>
    <message>
        <source>Pick an address inside the subnet.</source>
        <translation>サブネット内のアドレスを選択してください。</translation>
    </message>
    <message>
        <source>{ip} is the subnet&apos;s network or broadcast address</source>
        <translation>{ip}はサブネットのネットワークアドレスまたはブロードキャストアドレスです</translation>
    </message>
    <message>
        <source>Pick a host address.</source>
        <translation>ホストアドレスを選択してください。</translation>
    </message>
    <message>
        <source>{ip} is also given to {host}</source>
        <translation>{ip}は{host}にも割り当てられています</translation>
    </message>
    <message>
        <source>Give every host its own storage IP.</source>
        <translation>各ホストに固有のストレージIPを割り当ててください。</translation>
    </message>
    <message>
        <source>{ip} is the gateway&apos;s address</source>
        <translation>{ip}はゲートウェイのアドレスです</translation>
    </message>
    <message>
        <source>Pick another address.</source>
        <translation>別のアドレスを選択してください。</translation>
    </message>
    <message>
        <source>{ip} is the iSCSI portal&apos;s address</source>
        <translation>{ip}はiSCSIポータルのアドレスです</translation>
    </message>
    <message>
        <source>{ip} is the management address of {host}</source>
        <translation>{ip} は {host} の管理アドレスです</translation>
    </message>
    <message>
        <source>Storage needs addresses of its own: pick another address.</source>
        <translation>ストレージには専用のアドレスが必要です。別のアドレスを選んでください。</translation>
    </message>
    <message>
        <source>no portal address</source>
        <translation>ポータルのアドレスがありません</translation>
    </message>
    <message>
        <source>Enter the array&apos;s iSCSI address, e.g. {example}.</source>
        <translation>アレイのiSCSIアドレスを入力してください (例: {example})。</translation>
    </message>
    <message>
        <source>Use the portal&apos;s IP address.</source>
        <translation>ポータルのIPアドレスを使用してください。</translation>
    </message>
    <message>
        <source>{portal} is also the storage IP planned for {host}</source>
        <translation>{portal} は {host} に予定しているストレージ IP でもあります</translation>
    </message>
    <message>
        <source>Enter the array&apos;s own address, or give the hosts other storage IPs (a different first IP).</source>
        <translation>ストレージアレイ自身のアドレスを入力するか、ホストに別のストレージ IP (別の先頭 IP) を割り当ててください。</translation>
    </message>
    <message>
        <source>iSCSI uses 3260.</source>
        <translation>iSCSIでは3260を使用します。</translation>
    </message>
    <message>
        <source>{value} is not an IQN (RFC 3720)</source>
        <translation>{value}はIQN (RFC 3720) ではありません</translation>
    </message>
    <message>
        <source>It looks like {example} — copy it from the probe result.</source>
        <translation>{example}のような形式です。プローブ結果からコピーしてください。</translation>
    </message>
    <message>
        <source>{value} (all targets) is meant for several portals</source>
        <translation>{value} (すべてのターゲット) は複数のポータル向けの値です</translation>
    </message>
    <message>
        <source>Choose the target&apos;s IQN.</source>
        <translation>ターゲットのIQNを選択してください。</translation>
    </message>
    <message>
        <source>{value} is not a SCSI id</source>
        <translation>{value}はSCSI IDではありません</translation>
    </message>
    <message>
        <source>Copy the SCSIid from the probe result.</source>
        <translation>プローブ結果からSCSIidをコピーしてください。</translation>
    </message>
    <message>
        <source>no LUN chosen for the shared SR</source>
        <translation>共有SRのLUNが選択されていません</translation>
    </message>
    <message>
        <source>Probe the target and choose a LUN.</source>
        <translation>ターゲットをプローブしてLUNを選択してください。</translation>
    </message>
    <message>
        <source>the heartbeat uses the same LUN as the shared SR</source>
        <translation>ハートビートが共有SRと同じLUNを使用しています</translation>
    </message>
    <message>
        <source>Give the HA heartbeat its own small LUN (4 GiB).</source>
        <translation>HAハートビートには専用の小さなLUN (4 GiB) を割り当ててください。</translation>
    </message>
    <message>
        <source>HA is on but no heartbeat LUN is chosen</source>
        <translation>HAが有効ですが、ハートビートLUNが選択されていません</translation>
    </message>
    <message>
        <source>Choose a LUN of at least 4 GiB, or turn HA off.</source>
        <translation>4 GiB以上のLUNを選択するか、HAを無効にしてください。</translation>
    </message>
    <message>
        <source>the heartbeat LUN has {size} GiB ({bytes} bytes); HA needs {need} GiB ({need_bytes} bytes) on it</source>
        <translation>ハートビート LUN は {size} GiB ({bytes} バイト) です。HA にはその上に {need} GiB ({need_bytes} バイト) が必要です</translation>
    </message>
    <message>
        <source>XAPI puts the HA statefile and the pool database redo log there: use a LUN of 4 GiB or more.</source>
        <translation>XAPIはここにHAステートファイルとプールデータベースのREDOログを配置します。4 GiB以上のLUNを使用してください。</translation>
    </message>
    <message>
        <source>{value} is not {reattach}, {format} or {stop}</source>
        <translation>{value}は{reattach}、{format}、{stop}のいずれでもありません</translation>
    </message>
    <message>
        <source>Use {value} to keep the data on the LUN.</source>
        <translation>LUN上のデータを保持するには{value}を使用してください。</translation>
    </message>
    <message>
        <source>Name the SR.</source>
        <translation>SRの名前を指定してください。</translation>
    </message>
    <message>
        <source>must be printable characters without spaces</source>
        <translation>空白を含まない印字可能な文字である必要があります</translation>
    </message>
    <message>
        <source>Correct the CHAP user.</source>
        <translation>CHAPユーザーを修正してください。</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>負の値は指定できません</translation>
    </message>
    <message>
        <source>Use 1 for most pools.</source>
        <translation>ほとんどのプールでは1を使用してください。</translation>
    </message>
    <message>
        <source>{failures} failures cannot be tolerated with {hosts} hosts</source>
        <translation>{hosts}台のホストでは{failures}台の障害を許容できません</translation>
    </message>
    <message>
        <source>Use at most {count}.</source>
        <translation>{count}以下にしてください。</translation>
    </message>
    <message>
        <source>is not a VM name</source>
        <translation>VM名ではありません</translation>
    </message>
    <message>
        <source>Use the VM&apos;s name as XenCenter shows it.</source>
        <translation>XenCenterに表示されるVM名を使用してください。</translation>
    </message>
    <message>
        <source>{value} is not a restart priority</source>
        <translation>{value}は再起動優先度ではありません</translation>
    </message>
    <message>
        <source>Use {restart}, {best_effort} or {none}.</source>
        <translation>{restart}、{best_effort}、{none}のいずれかを使用してください。</translation>
    </message>
</context>
<context>
    <name>PoolJoin</name>
    <message>
        <source>{product} {version} (xapi {xapi}, build {build})</source>
        <translation>{product} {version} (xapi {xapi}、ビルド {build})</translation>
    </message>
    <message>
        <source>already the master of a pool of {count} hosts</source>
        <translation>すでに{count}台のホストから成るプールのマスターです</translation>
    </message>
    <message>
        <source>already a member of this pool</source>
        <translation>すでにこのプールのメンバーです</translation>
    </message>
    <message>
        <source>is a member of another pool (master {master})</source>
        <translation>別のプールのメンバーです (マスター: {master})</translation>
    </message>
    <message>
        <source>Eject it from that pool first (on {master}: {command}); an ejected host is reinstalled and loses its local VMs.</source>
        <translation>先にそのプールから排除してください ({master}上で: {command})。排除されたホストは再インストールされ、ローカルのVMは失われます。</translation>
    </message>
    <message>
        <source>{problem}: the join will be FORCED</source>
        <translation>{problem}: 参加は強制されます</translation>
    </message>
    <message>
        <source>Forcing the join is possible but unsupported: {cost}</source>
        <translation>参加の強制は可能ですが、サポート対象外です: {cost}</translation>
    </message>
    <message>
        <source>its licence does not allow pooling</source>
        <translation>ライセンスでプールの構成が許可されていません</translation>
    </message>
    <message>
        <source>Apply a licence that allows pools, then check again.</source>
        <translation>プールを許可するライセンスを適用してから、再度確認してください。</translation>
    </message>
    <message>
        <source>its licence limits pools to {count} hosts; the plan makes {size}</source>
        <translation>ライセンスにより、プールは{count}台のホストまでに制限されていますが、構築プランでは{size}台です</translation>
    </message>
    <message>
        <source>Apply a licence that allows larger pools.</source>
        <translation>より大きなプールを許可するライセンスを適用してください。</translation>
    </message>
    <message>
        <source>has no management interface yet (still booting?)</source>
        <translation>管理インターフェイスがまだありません (起動中の可能性があります)</translation>
    </message>
    <message>
        <source>Wait until the host has finished starting.</source>
        <translation>ホストの起動が完了するまで待ってください。</translation>
    </message>
    <message>
        <source>has High Availability enabled</source>
        <translation>高可用性 (HA) が有効になっています</translation>
    </message>
    <message>
        <source>Disable HA on it ({command}).</source>
        <translation>このホストのHAを無効にしてください ({command})。</translation>
    </message>
    <message>
        <source>the pool it would join has HA enabled</source>
        <translation>参加先のプールでHAが有効になっています</translation>
    </message>
    <message>
        <source>XAPI refuses joins under HA. Let the wizard turn HA off while the hosts join and on again at the end ({option}, or the tick on the Compatibility page), or disable it yourself.</source>
        <translation>XAPI は HA 有効時の参加を拒否します。参加の間ウィザードに HA を無効にさせ最後に再び有効にさせるか ({option}、または互換性ページのチェック)、ご自身で無効にしてください。</translation>
    </message>
    <message>
        <source>is the master of {count} other host(s)</source>
        <translation>他の{count}台のホストのマスターです</translation>
    </message>
    <message>
        <source>Eject its members first, or choose it as the master instead.</source>
        <translation>先にそのメンバーを排除するか、代わりにこのホストをマスターとして選択してください。</translation>
    </message>
    <message>
        <source>runs {count} VM(s): {names}</source>
        <translation>{count}台のVMが実行中です: {names}</translation>
    </message>
    <message>
        <source>Shut these VMs down (or migrate them away) before the join; they can start again afterwards.</source>
        <translation>参加前にこれらのVMをシャットダウン (または別のホストに移行) してください。参加後に再度起動できます。</translation>
    </message>
    <message>
        <source>VM operations in progress: {names}</source>
        <translation>実行中のVM操作があります: {names}</translation>
    </message>
    <message>
        <source>Wait for them to finish.</source>
        <translation>完了するまで待ってください。</translation>
    </message>
    <message>
        <source>runs a different product or platform ({mine}) from the master ({theirs})</source>
        <translation>マスター ({theirs}) と異なる製品またはプラットフォーム ({mine}) を実行しています</translation>
    </message>
    <message>
        <source>Install the same product and version on every host.</source>
        <translation>すべてのホストに同じ製品とバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>has a different software version ({mine}) from the master ({theirs})</source>
        <translation>ソフトウェアバージョン ({mine}) がマスター ({theirs}) と異なります</translation>
    </message>
    <message>
        <source>Apply the same updates to every host, then check again.</source>
        <translation>すべてのホストに同じ更新プログラムを適用してから、再度チェックしてください。</translation>
    </message>
    <message>
        <source>XAPI supports mixed builds in a pool only during a rolling pool upgrade; update the host to the master&apos;s build as soon as possible.</source>
        <translation>XAPI がプール内の異なるビルドをサポートするのはローリングプールアップグレード中だけです。できるだけ早くホストをマスターのビルドに更新してください。</translation>
    </message>
    <message>
        <source>has {vendor} CPUs but the pool has {pool_vendor} CPUs</source>
        <translation>CPUが{vendor}ですが、プールのCPUは{pool_vendor}です</translation>
    </message>
    <message>
        <source>has CPUs of an unknown vendor but the pool has {pool_vendor} CPUs</source>
        <translation>CPU のベンダーが不明ですが、プールの CPU は {pool_vendor} です</translation>
    </message>
    <message>
        <source>A pool needs one CPU vendor: put this host in a pool of its own.</source>
        <translation>プール内のCPUベンダーは1つに統一する必要があります。このホストは別のプールに配置してください。</translation>
    </message>
    <message>
        <source>XAPI refuses to move a running VM between {vendor} and {pool_vendor} hosts (VM_INCOMPATIBLE_WITH_THIS_HOST), so XenMotion and HA restarts work only among hosts of one vendor. Only for a lab or a planned move off the old hosts.</source>
        <translation>XAPI は実行中の VM を {vendor} と {pool_vendor} のホスト間で移動しません (VM_INCOMPATIBLE_WITH_THIS_HOST)。XenMotion と HA の再起動は同じベンダーのホスト間でのみ機能します。ラボ用途か、古いホストからの計画的な移行の場合だけにしてください。</translation>
    </message>
    <message>
        <source>has shared SRs attached: {names}</source>
        <translation>共有SRが接続されています: {names}</translation>
    </message>
    <message>
        <source>Detach them ({command} after unplugging); the pool&apos;s SRs attach after the join.</source>
        <translation>これらを切断してください (unplug後に{command})。プールのSRは参加後に接続されます。</translation>
    </message>
    <message>
        <source>has NIC bonds</source>
        <translation>NICボンディングがあります</translation>
    </message>
    <message>
        <source>Remove the bonds; create them pool-wide after the join.</source>
        <translation>ボンディングを削除し、参加後にプール全体で作成してください。</translation>
    </message>
    <message>
        <source>has tunnels (private networks)</source>
        <translation>トンネル (プライベートネットワーク) があります</translation>
    </message>
    <message>
        <source>Remove them before the join.</source>
        <translation>参加前に削除してください。</translation>
    </message>
    <message>
        <source>has SR-IOV networks</source>
        <translation>SR-IOVネットワークがあります</translation>
    </message>
    <message>
        <source>has {count} VLAN(s) besides management</source>
        <translation>管理用以外に{count}個のVLANがあります</translation>
    </message>
    <message>
        <source>Remove them ({command}); the wizard creates the storage VLAN on every host after the joins.</source>
        <translation>これらを削除してください ({command})。ウィザードが参加後に全ホストでストレージVLANを作成します。</translation>
    </message>
    <message>
        <source>management is on VLAN {vlan} but the master&apos;s is on VLAN {master_vlan}</source>
        <translation>管理インターフェイスはVLAN {vlan}上にありますが、マスターの管理インターフェイスはVLAN {master_vlan}上にあります</translation>
    </message>
    <message>
        <source>Put every host&apos;s management interface on the same VLAN (-1 is untagged).</source>
        <translation>すべてのホストの管理インターフェイスを同じVLANに配置してください (-1はタグなし)。</translation>
    </message>
    <message>
        <source>uses different external authentication (AD) from the pool</source>
        <translation>プールと異なる外部認証 (AD) を使用しています</translation>
    </message>
    <message>
        <source>Align or disable AD on the joining host.</source>
        <translation>参加するホストのAD設定をプールに合わせるか、無効にしてください。</translation>
    </message>
    <message>
        <source>has licence edition {edition}, the pool&apos;s hosts {pool_edition}</source>
        <translation>ライセンスエディションは {edition}、プールのホストは {pool_edition} です</translation>
    </message>
    <message>
        <source>Apply the same edition to every host, pool members included ({command}).</source>
        <translation>プールのメンバーも含め、すべてのホストに同じエディションを適用してください ({command})。</translation>
    </message>
    <message>
        <source>uses a different network backend (bridge/openvswitch)</source>
        <translation>異なるネットワークバックエンド (bridge/openvswitch) を使用しています</translation>
    </message>
    <message>
        <source>Use the same network backend everywhere.</source>
        <translation>すべてのホストで同じネットワークバックエンドを使用してください。</translation>
    </message>
    <message>
        <source>speaks API {version}, the master {master_version}</source>
        <translation>APIバージョンが{version}ですが、マスターは{master_version}です</translation>
    </message>
    <message>
        <source>Update both to the same release.</source>
        <translation>両方を同じリリースに更新してください。</translation>
    </message>
    <message>
        <source>has a different database schema</source>
        <translation>データベーススキーマが異なります</translation>
    </message>
    <message>
        <source>has different updates applied from the master (only on the master: {master}; only on this host: {host})</source>
        <translation>マスターと適用済みアップデートが異なります(マスターのみ: {master}、このホストのみ: {host})</translation>
    </message>
    <message>
        <source>Apply the same updates to both (XAPI requires these on every host of a pool), reboot if they ask for it, then check again.</source>
        <translation>両方に同じアップデートを適用し(XAPI はプールの全ホストにこれらを要求します)、必要なら再起動してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>uses a different address family (IPv4/IPv6) for management</source>
        <translation>管理に異なるアドレスファミリー (IPv4/IPv6) を使用しています</translation>
    </message>
    <message>
        <source>Use the same on all hosts.</source>
        <translation>すべてのホストで同じものを使用してください。</translation>
    </message>
    <message>
        <source>has TLS verification set differently from the pool</source>
        <translation>TLS検証の設定がプールと異なります</translation>
    </message>
    <message>
        <source>Enable TLS verification on both or neither.</source>
        <translation>TLS検証は両方で有効にするか、両方で無効にしてください。</translation>
    </message>
    <message>
        <source>the management interface has MTU {mtu}</source>
        <translation>管理インターフェイスのMTUが{mtu}です</translation>
    </message>
    <message>
        <source>Joins and HA are known to misbehave with a non-1500 management MTU: set it to 1500.</source>
        <translation>管理MTUが1500以外の場合、参加やHAが正しく動作しないことが知られています。1500に設定してください。</translation>
    </message>
    <message>
        <source>management runs on a bond or VLAN</source>
        <translation>管理インターフェイスがボンディングまたはVLAN上にあります</translation>
    </message>
    <message>
        <source>Supported, but a single physical NIC is simplest for the join.</source>
        <translation>サポートされていますが、参加には単一の物理NICが最も簡単です。</translation>
    </message>
    <message>
        <source>its CPU ({model}) has {count} feature(s) the pool will not offer to VMs: {features}</source>
        <translation>CPU ({model}) には、プールがVMに提供しない機能が{count}個あります: {features}</translation>
    </message>
    <message>
        <source>XAPI levels a pool down to the features every host shares so VMs can migrate. Running VMs keep their old feature set until they are restarted.</source>
        <translation>XAPIは、VMを移行できるよう、プールのCPU機能を全ホストに共通する機能までレベリングします。実行中のVMは、再起動されるまで以前の機能セットを維持します。</translation>
    </message>
    <message>
        <source>has clustering enabled (it is in a cluster of its own)</source>
        <translation>クラスタリングが有効です (独自のクラスターに属しています)</translation>
    </message>
    <message>
        <source>Disable clustering on it first ({command} on it), then check again.</source>
        <translation>先にこのホストでクラスタリングを無効にしてから ({command} をこのホストで実行)、再度確認してください。</translation>
    </message>
    <message>
        <source>the pool&apos;s clustering runs on VLAN {vlan}, not on the management network: XAPI refuses every join</source>
        <translation>プールのクラスタリングが管理ネットワークではなく VLAN {vlan} で動作しています: XAPI はすべての参加を拒否します</translation>
    </message>
    <message>
        <source>Move the pool&apos;s cluster to the management network or an untagged one, then join the hosts.</source>
        <translation>プールのクラスターを管理ネットワークまたはタグなしのネットワークに移してから、ホストを参加させてください。</translation>
    </message>
    <message>
        <source>needs exactly one IP address on the pool&apos;s clustering network ({bridges}); it has {count}</source>
        <translation>プールのクラスタリングネットワーク ({bridges}) にちょうど 1 つの IP アドレスが必要です。現在 {count} 個です</translation>
    </message>
    <message>
        <source>Give it one IP address on that network (xe pif-reconfigure-ip), then check again.</source>
        <translation>そのネットワークで IP アドレスを 1 つ設定してから (xe pif-reconfigure-ip)、再度確認してください。</translation>
    </message>
    <message>
        <source>Do what the applied updates ask first (reboot_host: reboot it; restart_toolstack: xe-toolstack-restart), then check again.</source>
        <translation>先に適用済みの更新が求める操作を行ってから (reboot_host: 再起動、restart_toolstack: xe-toolstack-restart)、再度確認してください。</translation>
    </message>
    <message>
        <source>has pending mandatory update guidance: {guidance}</source>
        <translation>保留中の必須更新ガイダンスがあります: {guidance}</translation>
    </message>
    <message>
        <source>the master {master} has pending mandatory update guidance: {guidance}</source>
        <translation>マスター {master} に保留中の必須更新ガイダンスがあります: {guidance}</translation>
    </message>
    <message>
        <source>its SDN controller ({mine}) differs from the pool&apos;s ({theirs})</source>
        <translation>SDN コントローラー ({mine}) がプールのもの ({theirs}) と異なります</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Set the same SDN controller on both, or remove it from the joining host ({command}).</source>
        <translation>両方に同じ SDN コントローラーを設定するか、参加するホストから削除してください ({command})。</translation>
    </message>
    <message>
        <source>its networks serve disks as {mine}, the pool&apos;s as {theirs}</source>
        <translation>このホストのネットワークはディスクを {mine} として提供し、プールのネットワークは {theirs} として提供します</translation>
    </message>
    <message>
        <source>Use one NBD purpose (nbd or insecure_nbd) on both, or remove it from the joining host&apos;s networks ({command}), then check again.</source>
        <translation>両方で同じ NBD 用途 (nbd または insecure_nbd) を使用するか、参加するホストのネットワークから削除してから ({command})、再度確認してください。</translation>
    </message>
    <message>
        <source>trusts other CA certificates than the pool under the same names: {names}</source>
        <translation>プールと同じ名前で別の CA 証明書を信頼しています: {names}</translation>
    </message>
    <message>
        <source>Uninstall its copies ({command}), or give one side other names; then check again.</source>
        <translation>このホストのコピーをアンインストールするか ({command})、一方に別の名前を付けてから、再度確認してください。</translation>
    </message>
    <message>
        <source>trusts a certificate the pool trusts too, for other purposes (here: {mine}; in the pool: {theirs})</source>
        <translation>プールも信頼している証明書を別の用途で信頼しています (このホスト: {mine}、プール: {theirs})</translation>
    </message>
    <message>
        <source>Uninstall it from the joining host (certificate {uuid}): the pool&apos;s copy is shared with it when it joins.</source>
        <translation>参加するホストからアンインストールしてください (証明書 {uuid})。参加時にプールのコピーが共有されます。</translation>
    </message>
    <message>
        <source>updates are being applied to it</source>
        <translation>このホストに更新を適用中です</translation>
    </message>
    <message>
        <source>updates are being applied to the pool it would join</source>
        <translation>参加先のプールに更新を適用中です</translation>
    </message>
    <message>
        <source>Wait until the update has finished, then check again.</source>
        <translation>更新が完了するまで待ってから、再度確認してください。</translation>
    </message>
    <message>
        <source>Bring it to the pool&apos;s release and updates (the same storage manager, sm), then check again.</source>
        <translation>プールと同じリリースと更新 (同じストレージマネージャー sm) にしてから、再度確認してください。</translation>
    </message>
    <message>
        <source>has no {type} storage driver, which the pool has</source>
        <translation>プールにある {type} ストレージドライバーがありません</translation>
    </message>
    <message>
        <source>its {type} storage driver lacks features the pool&apos;s has: {features}</source>
        <translation>{type} ストレージドライバーに、プールのドライバーにある機能がありません: {features}</translation>
    </message>
</context>
<context>
    <name>PoolWizard</name>
    <message>
        <source>XenPool Wizard</source>
        <translation>XenPool ウィザード</translation>
    </message>
    <message>
        <source>&amp;Log folder…</source>
        <translation>ログフォルダー(&amp;L)…</translation>
    </message>
    <message>
        <source>Stop the build?</source>
        <translation>構築を停止しますか？</translation>
    </message>
    <message>
        <source>Close with HA off?</source>
        <translation>HA が無効のまま閉じますか?</translation>
    </message>
    <message>
        <source>The hosts are being changed. Stopping now ends the running step and leaves the pool as far as it got; its plan is saved, and the wizard offers to resume the build by its name when it starts again. Stop and close?</source>
        <translation>ホストを変更中です。ここで停止すると、実行中のステップが終わった時点でプールはそこまでの状態のまま残ります。プランは保存されており、次回起動時にこの構築を名前で再開できます。停止して閉じますか？</translation>
    </message>
    <message>
        <source>HA was turned off for the joins and stays off until a build finishes.</source>
        <translation>参加のために HA を無効にしており、構築が完了するまで無効のままです。</translation>
    </message>
    <message>
        <source>HA was turned off so the new hosts could join, and the build that turns it on again has not run: until it does, no VM is restarted if a host fails. Running the same plan again turns it on. Close anyway?</source>
        <translation>新しいホストが参加できるよう HA を無効にしましたが、再び有効にする構築はまだ実行されていません。それまではホストが故障しても VM は再起動されません。同じ計画を再実行すると有効になります。それでも閉じますか?</translation>
    </message>
    <message>
        <source>Unexpected error: {error}
The log in {folder} has the details.</source>
        <translation>予期しないエラー: {error}
詳細は {folder} のログにあります。</translation>
    </message>
    <message>
        <source>Unexpected error: {error}
The details are in the log file {file}.</source>
        <translation>予期しないエラー: {error}
詳細はログファイル {file} にあります。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>VLAN {vlan}</source>
        <translation>VLAN {vlan}</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>タグなし</translation>
    </message>
    <message>
        <source>{network}: {kind}, MTU {mtu} (management)</source>
        <translation>{network}: {kind}、MTU {mtu} (管理)</translation>
    </message>
    <message>
        <source>{network}: {kind}, MTU {mtu}</source>
        <translation>{network}: {kind}、MTU {mtu}</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>Storage path, checked from each host over SSH</source>
        <translation>ストレージ経路 (各ホストから SSH で確認)</translation>
    </message>
    <message>
        <source>master</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>{host}: plugged</source>
        <translation>{host}: 接続済み</translation>
    </message>
    <message>
        <source>{host}: NOT plugged</source>
        <translation>{host}: 未接続</translation>
    </message>
    <message>
        <source>{up}/{total} paths</source>
        <translation>{up}/{total} パス</translation>
    </message>
    <message>
        <source>only {up}/{total} paths</source>
        <translation>{up}/{total} パスのみ</translation>
    </message>
    <message>
        <source>{severity}: {subject}: {message}</source>
        <translation>{severity}: {subject}: {message}</translation>
    </message>
    <message>
        <source>Pool {name}</source>
        <translation>プール {name}</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>storage interfaces</source>
        <translation>ストレージインターフェイス</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Shared SRs</source>
        <translation>共有SR</translation>
    </message>
    <message>
        <source>SR</source>
        <translation>SR</translation>
    </message>
    <message>
        <source>type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>attached on</source>
        <translation>接続ホスト</translation>
    </message>
    <message>
        <source>High Availability</source>
        <translation>高可用性 (HA)</translation>
    </message>
    <message>
        <source>Enabled; tolerates {count} host failure(s) (plan exists for {plan}).</source>
        <translation>有効。{count} 台のホスト障害を許容します ({plan} 台の障害に対するプランがあります)。</translation>
    </message>
    <message>
        <source>Disabled: turned off so new hosts could join, and the build that turns it on again has not finished. Run the same plan again.</source>
        <translation>無効: 新しいホストが参加できるよう無効にし、再び有効にする構築が完了していません。同じ計画を再実行してください。</translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>無効。</translation>
    </message>
    <message>
        <source>Pre-flight findings</source>
        <translation>事前チェックの検出結果</translation>
    </message>
    <message>
        <source>Build steps</source>
        <translation>構築ステップ</translation>
    </message>
    <message>
        <source>VMs on local storage (not live-migratable)</source>
        <translation>ローカルストレージ上の VM (ライブマイグレーション不可)</translation>
    </message>
    <message>
        <source>Management on a single NIC</source>
        <translation>単一 NIC の管理インターフェース</translation>
    </message>
    <message>
        <source>Mixed CPU vendors (unsupported)</source>
        <translation>CPU ベンダーの混在 (サポート対象外)</translation>
    </message>
    <message>
        <source>{hosts}: their CPUs are not {vendor} like the master&apos;s; only a forced join puts them in one pool. XAPI refuses to move a running VM between the vendors (VM_INCOMPATIBLE_WITH_THIS_HOST), so XenMotion and HA restarts work only among hosts of one vendor. Move the VMs off these hosts or give them a pool of their own.</source>
        <translation>{hosts}: CPU がマスターと同じ {vendor} ではありません。強制参加でのみ同じプールに入ります。XAPI は実行中の VM をベンダー間で移動しません (VM_INCOMPATIBLE_WITH_THIS_HOST)。XenMotion と HA の再起動は同じベンダーのホスト間でのみ機能します。これらのホストから VM を移すか、別のプールにしてください。</translation>
    </message>
    <message>
        <source>{hosts}: HA&apos;s heartbeat runs over the management network, so one failed NIC, cable or switch port makes a healthy host look dead and HA may fence it. Bond the management interface across two NICs on two switches (XenCenter: pool, NICs, Create Bond); the pool exists now, so the bond is made pool-wide.</source>
        <translation>{hosts}: HA のハートビートは管理ネットワークを通るため、NIC、ケーブル、スイッチポートが 1 つ故障するだけで正常なホストが停止したように見え、HA がフェンシングすることがあります。管理インターフェースを 2 台のスイッチにつないだ 2 つの NIC でボンディングしてください(XenCenter: プール、NIC、ボンドの作成)。プールが作成済みなので、ボンドはプール全体に作られます。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Storage interfaces</source>
        <translation>ストレージインターフェイス</translation>
    </message>
    <message>
        <source>Shared storage</source>
        <translation>共有ストレージ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Attached on</source>
        <translation>接続ホスト</translation>
    </message>
    <message>
        <source>Enabled; the pool tolerates {count} host failure(s) (a plan exists for {plan}).</source>
        <translation>有効。プールは {count} 台のホスト障害を許容します ({plan} 台の障害に対するプランがあります)。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>VMs on local storage</source>
        <translation>ローカルストレージ上の VM</translation>
    </message>
    <message>
        <source>They cannot live-migrate until their disks move to shared storage.</source>
        <translation>これらの VM は、ディスクを共有ストレージへ移動するまでライブマイグレーションできません。</translation>
    </message>
    <message>
        <source>management</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>storage network</source>
        <translation>ストレージネットワーク</translation>
    </message>
    <message>
        <source>Management: {network}</source>
        <translation>管理: {network}</translation>
    </message>
    <message>
        <source>paths missing on: {hosts}</source>
        <translation>パス不足: {hosts}</translation>
    </message>
    <message>
        <source>Storage: {network}</source>
        <translation>ストレージ: {network}</translation>
    </message>
    <message>
        <source>plugged on {plugged}/{total} hosts</source>
        <translation>{total} 台中 {plugged} 台のホストで接続済み</translation>
    </message>
    <message>
        <source>NOT on: {hosts}</source>
        <translation>未接続: {hosts}</translation>
    </message>
    <message>
        <source>HA on: tolerates {count} host failure(s)</source>
        <translation>HA 有効: {count} 台のホスト障害を許容</translation>
    </message>
    <message>
        <source>HA off</source>
        <translation>HA 無効</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>This is what will be built.</source>
        <translation>これから構築する内容です。</translation>
    </message>
    <message>
        <source>Before creating the SRs, &amp;prove each host&apos;s storage path over SSH (ping with the planned MTU, iSCSI discovery from the host)</source>
        <translation>SRを作成する前に、各ホストのストレージ経路をSSHで検証する(&amp;P) (計画したMTUでのping、ホストからのiSCSI検出)</translation>
    </message>
    <message>
        <source>empty: log in with the root password</source>
        <translation>空欄: rootパスワードでログイン</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>SSHキーファイル(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation>プランを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export xe commands…</source>
        <translation>xeコマンドをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>This is what will be built. Already done on the hosts: {0}. Build carries on from there; nothing done is done again.</source>
        <translation>これから構築する内容です。ホストで完了済み: {0}。構築はその続きから行い、完了済みのものは繰り返しません。</translation>
    </message>
    <message>
        <source>This is what will be built. Nothing has been changed on any host yet.</source>
        <translation>これから構築する内容です。まだどのホストも変更していません。</translation>
    </message>
    <message>
        <source>The simulated lab has no SSH to check with.</source>
        <translation>シミュレーションラボには、チェックに使えるSSHがありません。</translation>
    </message>
    <message>
        <source>Save the build plan</source>
        <translation>構築プランの保存</translation>
    </message>
    <message>
        <source>Build plans (*.toml)</source>
        <translation>構築プラン (*.toml)</translation>
    </message>
    <message>
        <source>Plan saved to {0} (no passwords in it).</source>
        <translation>構築プランを{0}に保存しました (パスワードは含まれていません)。</translation>
    </message>
    <message>
        <source>Export xe commands</source>
        <translation>xeコマンドのエクスポート</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>シェルスクリプト (*.sh)</translation>
    </message>
    <message>
        <source>xe commands written to {0}.</source>
        <translation>xeコマンドを{0}に書き出しました。</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Password for {user}@{address}: </source>
        <translation>{user}@{address}のパスワード: </translation>
    </message>
    <message>
        <source>CHAP secret for {user}: </source>
        <translation>{user}のCHAPシークレット: </translation>
    </message>
</context>
<context>
    <name>Ssh</name>
    <message>
        <source>{address} presents an SSH host key that is not trusted yet ({seen}).</source>
        <translation>{address} が提示した SSH ホストキーはまだ信頼されていません ({seen})。</translation>
    </message>
    <message>
        <source>Compare it with `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the host&apos;s console and confirm it to continue.</source>
        <translation>ホストのコンソールで `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` の結果と比較し、確認してから続行してください。</translation>
    </message>
    <message>
        <source>The SSH host key of {address} has changed.
  pinned:    {expected}
  presented: {seen}</source>
        <translation>{address} の SSH ホストキーが変更されています。
  固定済み:  {expected}
  提示:      {seen}</translation>
    </message>
    <message>
        <source>This is either a reinstalled host or someone in between. Check the key on the host&apos;s console before trusting the new one; nothing was sent to it.</source>
        <translation>ホストが再インストールされたか、第三者が通信に介在している可能性があります。新しいキーを信頼する前に、ホストのコンソールでキーを確認してください。ホストには何も送信していません。</translation>
    </message>
    <message>
        <source>no SSH password or key for {user}@{address}</source>
        <translation>{user}@{address} の SSH パスワードまたはキーがありません</translation>
    </message>
    <message>
        <source>Give the host&apos;s root password or an SSH key.</source>
        <translation>ホストの root パスワードまたは SSH キーを指定してください。</translation>
    </message>
    <message>
        <source>cannot read the SSH key {path}: {reason}</source>
        <translation>SSH キー {path} を読み取れません: {reason}</translation>
    </message>
    <message>
        <source>Check the key file&apos;s path, format and passphrase.</source>
        <translation>キーファイルのパス、形式、パスフレーズを確認してください。</translation>
    </message>
    <message>
        <source>{address} refused the SSH login of {user} (key)</source>
        <translation>{address} が {user} の SSH ログインを拒否しました (キー)</translation>
    </message>
    <message>
        <source>{address} refused the SSH login of {user} (password)</source>
        <translation>{address} が {user} の SSH ログインを拒否しました (パスワード)</translation>
    </message>
    <message>
        <source>Check the user and its password, or that the public key is in the host&apos;s authorized_keys (and that the host allows root logins over SSH).</source>
        <translation>ユーザーとパスワードを確認するか、公開キーがホストの authorized_keys に登録されていること (およびホストが SSH での root ログインを許可していること) を確認してください。</translation>
    </message>
    <message>
        <source>{address}:{port} did not answer within {seconds} s</source>
        <translation>{address}:{port} が {seconds} s 以内に応答しませんでした</translation>
    </message>
    <message>
        <source>Check that SSH is enabled on the host and the management address is reachable.</source>
        <translation>ホストで SSH が有効になっていること、および管理アドレスに到達できることを確認してください。</translation>
    </message>
    <message>
        <source>cannot reach SSH on {address}:{port} ({reason})</source>
        <translation>{address}:{port} の SSH に接続できません ({reason})</translation>
    </message>
    <message>
        <source>Check that the host is up, SSH is enabled on it and its management address is reachable from this computer.</source>
        <translation>ホストが稼働していること、ホストで SSH が有効になっていること、およびこのコンピューターから管理アドレスに到達できることを確認してください。</translation>
    </message>
    <message>
        <source>the SSH connection to {address} is closed</source>
        <translation>{address} への SSH 接続は閉じられています</translation>
    </message>
    <message>
        <source>Run again.</source>
        <translation>もう一度実行してください。</translation>
    </message>
    <message>
        <source>not connected to {address}</source>
        <translation>{address} に接続されていません</translation>
    </message>
    <message>
        <source>{address}: `{command}` did not finish within {seconds} s</source>
        <translation>{address}: `{command}` が {seconds} s 以内に完了しませんでした</translation>
    </message>
    <message>
        <source>The host may be overloaded, or the command waits on the network.</source>
        <translation>ホストが過負荷になっているか、コマンドがネットワークを待機している可能性があります。</translation>
    </message>
    <message>
        <source>{address}: `{command}` wrote more than {limit} MB of output; the wizard stopped it there</source>
        <translation>{address}: `{command}` の出力が {limit} MB を超えたため、ウィザードはそこで止めました</translation>
    </message>
    <message>
        <source>The command does not end by itself, or something on the host prints without end (a login script, a looping tool): check it on the host&apos;s console.</source>
        <translation>コマンドが自然に終わらないか、ホスト上の何か (ログインスクリプト、ループするツール) が出力し続けています。ホストのコンソールで確認してください。</translation>
    </message>
    <message>
        <source>the SSH connection to {address} closed while `{command}` ran; it may or may not have finished</source>
        <translation>`{command}` の実行中に {address} への SSH 接続が閉じました。完了したかどうかは分かりません</translation>
    </message>
    <message>
        <source>Check the host&apos;s management network and that sshd runs there, then run again.</source>
        <translation>ホストの管理ネットワークと、そこで sshd が動いていることを確認してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>the SSH connection to {address} failed: {reason}</source>
        <translation>{address} への SSH 接続に失敗しました: {reason}</translation>
    </message>
    <message>
        <source>Check the host&apos;s management network and run again.</source>
        <translation>ホストの管理ネットワークを確認して、もう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Build a pool</source>
        <translation>プールの構築</translation>
    </message>
    <message>
        <source>Turn freshly installed XenServer / XCP-ng hosts into a pool with shared iSCSI storage and High Availability.</source>
        <translation>新規インストールしたXenServer / XCP-ngホストから、共有iSCSIストレージと高可用性 (HA) を備えたプールを構築します。</translation>
    </message>
    <message>
        <source>New build: find my hosts</source>
        <translation>新規構築: ホストを検索</translation>
    </message>
    <message>
        <source>Open a saved plan…</source>
        <translation>保存したプランを開く…</translation>
    </message>
    <message>
        <source>Try the demo (a simulated lab, no real hosts needed)</source>
        <translation>デモを試す (シミュレーションラボ、実際のホストは不要)</translation>
    </message>
    <message>
        <source>&amp;Resume an unfinished build:</source>
        <translation>未完了の構築を再開(&amp;R):</translation>
    </message>
    <message>
        <source>The demo needs its simulated lab: start the wizard with --demo (xenpool-wizard --demo, or make demo).</source>
        <translation>デモにはシミュレートされたラボが必要です。ウィザードを --demo 付きで起動してください (xenpool-wizard --demo または make demo)。</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>最近使用したプラン</translation>
    </message>
    <message>
        <source>Nothing changes on any host until you create the pool on the iSCSI page or press Build, and both ask first. Passwords stay in memory (or in your OS keyring if you ask), never in plan files.</source>
        <translation>[iSCSIターゲット] ページでプールを作成するか [構築] を押すまでは、どのホストにも変更は加えられません。どちらの場合も事前に確認があります。パスワードはメモリ内 (指定した場合はOSのキーリング) にのみ保持され、プランファイルには保存されません。</translation>
    </message>
    <message>
        <source>Open a build plan</source>
        <translation>構築プランを開く</translation>
    </message>
    <message>
        <source>Build plans (*.toml)</source>
        <translation>構築プラン (*.toml)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} を読み込み中…</translation>
    </message>
    <message>
        <source>Resuming the build of “{0}”.</source>
        <translation>「{0}」の構築を再開します。</translation>
    </message>
    <message>
        <source>{0} was not opened:</source>
        <translation>{0} を開けませんでした:</translation>
    </message>
    <message>
        <source>Plan: {0}</source>
        <translation>プラン: {0}</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Hosts change from here on</source>
        <translation>ここからホストが変更されます</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>{address} (the planned master) is a member of the pool of {master}</source>
        <translation>{address} (計画上のマスター) は {master} のプールのメンバーです</translation>
    </message>
    <message>
        <source>Choose {master} as the master, or eject {address} from that pool first.</source>
        <translation>{master} をマスターとして選択するか、先に {address} をそのプールから削除してください。</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>ログイン中</translation>
    </message>
    <message>
        <source>member of the pool of {master}</source>
        <translation>{master} のプールのメンバー</translation>
    </message>
    <message>
        <source>standalone host</source>
        <translation>スタンドアロンホスト</translation>
    </message>
    <message>
        <source>master</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>Often a switch port or VLAN change on its management network rather than a dead host. Check that this computer reaches {master}, then run the build again: it resumes where it stopped.</source>
        <translation>多くの場合、ホストの故障ではなく管理ネットワークのスイッチポートや VLAN の変更が原因です。このコンピューターから {master} に届くことを確認してから、構築を再実行してください。停止した所から再開します。</translation>
    </message>
    <message>
        <source>{master}, the pool master, stopped answering; the members answer but have lost it too (emergency mode)</source>
        <translation>プールマスター {master} が応答しなくなりました。メンバーは応答しますが、メンバーもマスターを失っています (緊急モード)</translation>
    </message>
    <message>
        <source>The master is down or cut off from the pool: check its power, console and management network, then run the build again. If it is gone for good, promote a member (xe pool-emergency-transition-to-master on it) and plan with it as the master.</source>
        <translation>マスターが停止しているか、プールから切り離されています: 電源、コンソール、管理ネットワークを確認してから、構築を再実行してください。完全に失われた場合は、メンバーを昇格させ (そのメンバーで xe pool-emergency-transition-to-master)、それをマスターとして計画してください。</translation>
    </message>
    <message>
        <source>{master}, the pool master, stopped answering, and so did every member</source>
        <translation>プールマスター {master} が応答しなくなり、すべてのメンバーも応答しません</translation>
    </message>
    <message>
        <source>This computer has probably lost its own network link (or the management switch is down). Check it, then run the build again: it resumes where it stopped.</source>
        <translation>このコンピューター自身のネットワーク接続が切れた(または管理スイッチが停止した)可能性があります。確認してから構築を再実行してください。停止した所から再開します。</translation>
    </message>
    <message>
        <source>the pool&apos;s master is now {new}, not {master}</source>
        <translation>プールのマスターは {master} ではなく {new} になっています</translation>
    </message>
    <message>
        <source>A new master was designated (or an emergency transition made one). Choose {new} as the master in the plan, then run the build again.</source>
        <translation>新しいマスターが指定されました(または緊急移行で作られました)。計画で {new} をマスターに選んでから、構築を再実行してください。</translation>
    </message>
    <message>
        <source>{master}, the pool master, stopped answering mid-build; the members still name it as their master</source>
        <translation>構築中にプールマスター {master} が応答しなくなりました。メンバーは引き続きこれをマスターとしています</translation>
    </message>
    <message>
        <source>The pool itself is whole: most likely a switch port, VLAN or management NIC of {master} changed, not a dead host. Check the path from this computer to it, then run the build again: it resumes where it stopped.</source>
        <translation>プール自体は正常です。ホストの故障ではなく、{master} のスイッチポート、VLAN、または管理 NIC が変わった可能性が高いです。このコンピューターからの経路を確認してから、構築を再実行してください。停止した所から再開します。</translation>
    </message>
    <message>
        <source>iSCSI initiator {iqn}</source>
        <translation>iSCSI イニシエーター {iqn}</translation>
    </message>
    <message>
        <source>Allow it on the array (its initiator/ACL list) before the SR is created, or the SR attaches on some hosts only.</source>
        <translation>SR を作成する前に、ストレージアレイでこのイニシエーターを許可してください (イニシエーター/ACL リスト)。許可しないと、SR が一部のホストにしか接続されません。</translation>
    </message>
    <message>
        <source>the target is checked from the hosts once the storage network is configured</source>
        <translation>ストレージネットワークの構成後に、ホストからターゲットを確認します</translation>
    </message>
    <message>
        <source>The build probes the portal, the IQN, the LUNs and any SR on them before creating anything.</source>
        <translation>構築では、何かを作成する前に、ポータル、IQN、LUN、およびそれらの LUN 上の SR を調査します。</translation>
    </message>
    <message>
        <source>already in place</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>nothing to do on this host</source>
        <translation>このホストでは何もする必要はありません</translation>
    </message>
    <message>
        <source>Generated by xenpool-wizard: the build plan as xe commands, step by step.</source>
        <translation>xenpool-wizard により生成: 構築プランをステップごとの xe コマンドで記述したものです。</translation>
    </message>
    <message>
        <source>Each step first looks at what is already there: after a failure, fix the cause and run the whole script again.</source>
        <translation>各ステップは、まず既存の状態を確認します。失敗した場合は原因を修正し、スクリプト全体をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Set XENPOOL_PASSWORD to the hosts&apos; password first.</source>
        <translation>最初に XENPOOL_PASSWORD にホストのパスワードを設定してください。</translation>
    </message>
    <message>
        <source>Set XENPOOL_CHAP_SECRET to the target&apos;s CHAP secret first.</source>
        <translation>最初に XENPOOL_CHAP_SECRET にターゲットの CHAP シークレットを設定してください。</translation>
    </message>
    <message>
        <source>Set XENPOOL_PASSWORD (and XENPOOL_CHAP_SECRET for CHAP) in the environment first.</source>
        <translation>最初に環境変数 XENPOOL_PASSWORD (CHAP を使用する場合は XENPOOL_CHAP_SECRET も) を設定してください。</translation>
    </message>
    <message>
        <source>the plan asks to force this host&apos;s join; it is not confirmed</source>
        <translation>計画はこのホストの参加の強制を求めていますが、確認されていません</translation>
    </message>
    <message>
        <source>Confirm it with {option} on the command line, or with Force join on the Compatibility page. Better: make the host match the pool.</source>
        <translation>コマンドラインの {option} か、互換性ページの「参加を強制」で確認してください。ホストをプールに合わせるほうが望ましいです。</translation>
    </message>
    <message>
        <source>the join is forced, as the plan asks</source>
        <translation>計画どおり参加が強制されます</translation>
    </message>
    <message>
        <source>an earlier build turned HA off for the joins and did not finish; the plan now leaves HA off</source>
        <translation>以前の構築が参加のために HA を無効にし、完了しませんでした。現在の計画では HA は無効のままです</translation>
    </message>
    <message>
        <source>Set {key} in the plan to have it turned on again, or remove the mark if HA is to stay off: {command}</source>
        <translation>再び有効にするには計画で {key} を設定してください。HA を無効のままにする場合は印を削除してください: {command}</translation>
    </message>
    <message>
        <source>HA is off: an earlier build turned it off for the joins and stopped before turning it on again</source>
        <translation>HA は無効です: 以前の構築が参加のために無効にし、再び有効にする前に停止しました</translation>
    </message>
    <message>
        <source>This build turns it on again at its last step.</source>
        <translation>この構築の最後の手順で再び有効にします。</translation>
    </message>
    <message>
        <source>HA would be turned off for the joins, but the plan does not turn it on again</source>
        <translation>参加のために HA が無効になりますが、計画では再び有効にしません</translation>
    </message>
    <message>
        <source>Set {key} in the plan.</source>
        <translation>計画で {key} を設定してください。</translation>
    </message>
    <message>
        <source>HA is turned off for the joins of {hosts} and enabled again at the end: until then no VM is restarted if a host fails</source>
        <translation>{hosts} の参加の間 HA を無効にし、最後に再び有効にします。それまではホストが故障しても VM は再起動されません</translation>
    </message>
    <message>
        <source>Build at a quiet time; the HA step re-enables it.</source>
        <translation>負荷の少ない時間に構築してください。HA の手順で再び有効になります。</translation>
    </message>
    <message>
        <source>several portals, but multipathing is not planned</source>
        <translation>複数のポータルがありますが、マルチパスが計画されていません</translation>
    </message>
    <message>
        <source>Plan multipathing (iSCSI page, or multipath = true under [iscsi]): the build turns it on on every host before the SR is created; later it needs the SR unplugged.</source>
        <translation>マルチパスを計画してください(iSCSI ページ、または [iscsi] の multipath = true)。構築時に SR の作成前に全ホストで有効にします。後からでは SR の切断が必要です。</translation>
    </message>
    <message>
        <source>multipathing with one portal gives each host one path</source>
        <translation>ポータルが 1 つの場合、マルチパスでも各ホストのパスは 1 本です</translation>
    </message>
    <message>
        <source>Add the array&apos;s other portals if it has them; otherwise it is harmless.</source>
        <translation>アレイに他のポータルがあれば追加してください。なければ問題ありません。</translation>
    </message>
    <message>
        <source>HA was turned off for the joins and stays off until a build finishes: run again once the cause is fixed.</source>
        <translation>参加のために HA を無効にしており、構築が完了するまで無効のままです。原因を直したら再実行してください。</translation>
    </message>
    <message>
        <source>tasks are still running in the pool after a broken connection</source>
        <translation>接続が切れた後もプールでタスクが実行中です</translation>
    </message>
    <message>
        <source>Wait until the pool&apos;s tasks have ended (xe task-list), then run the build again: it reads the pool first and does only what is missing.</source>
        <translation>プールのタスクが終了するまで待ってから (xe task-list)、構築をもう一度実行してください: 最初にプールを読み取り、足りないものだけを行います。</translation>
    </message>
    <message>
        <source>xe reads the login from a private temporary file (XE_EXTRA_ARGS passwordfile=), so the password is not on xe&apos;s command lines.</source>
        <translation>xe はログイン情報を非公開の一時ファイル (XE_EXTRA_ARGS passwordfile=) から読み取るため、パスワードは xe のコマンドラインに現れません。</translation>
    </message>
    <message>
        <source>Every command stops the script on failure; check each step&apos;s output before the next.</source>
        <translation>いずれかのコマンドが失敗するとスクリプトは停止します。次のステップに進む前に、各ステップの出力を確認してください。</translation>
    </message>
    <message>
        <source>HA was turned off for the joins and is still off: fix the cause and run the script again (its last step turns HA on)</source>
        <translation>参加のために HA を無効にしており、まだ無効です: 原因を直してスクリプトを再実行してください (最後の手順で HA を有効にします)</translation>
    </message>
    <message>
        <source>clear the HA pause mark</source>
        <translation>HA 一時停止の印を削除する</translation>
    </message>
    <message>
        <source>Turn HA off while hosts join</source>
        <translation>ホスト参加中は HA を無効にする</translation>
    </message>
    <message>
        <source>turn HA off while new hosts join; it is enabled again at the end</source>
        <translation>新しいホストの参加中は HA を無効にし、最後に再び有効にする</translation>
    </message>
    <message>
        <source>turn HA off</source>
        <translation>HA を無効にする</translation>
    </message>
    <message>
        <source>HA is on and XAPI refuses joins under HA: run the script again with XENPOOL_YES_PAUSE_HA=yes to turn it off while the hosts join (it is enabled again at the end; VMs are not protected meanwhile)</source>
        <translation>HA が有効で、XAPI は HA 有効時の参加を拒否します: 参加の間 HA を無効にするには XENPOOL_YES_PAUSE_HA=yes を付けてスクリプトを再実行してください (最後に再び有効にします。その間 VM は保護されません)</translation>
    </message>
    <message>
        <source>Enable High Availability</source>
        <translation>高可用性 (HA) を有効にする</translation>
    </message>
    <message>
        <source>enable HA tolerating {count} host failure(s)</source>
        <translation>{count} 台のホスト障害を許容する設定で HA を有効にする</translation>
    </message>
    <message>
        <source>HA is on again: clear the wizard&apos;s pause mark</source>
        <translation>HA は再び有効です: ウィザードの一時停止の印を削除する</translation>
    </message>
    <message>
        <source>tolerate {count} host failure(s)</source>
        <translation>{count} 台のホスト障害を許容する</translation>
    </message>
    <message>
        <source>set failures to tolerate</source>
        <translation>許容するホスト障害数を設定する</translation>
    </message>
    <message>
        <source>the heartbeat SR does not exist</source>
        <translation>ハートビートSR が存在しません</translation>
    </message>
    <message>
        <source>Run the build again: the heartbeat SR step comes first.</source>
        <translation>構築を再実行してください。ハートビートSR のステップが先に実行されます。</translation>
    </message>
    <message>
        <source>check the heartbeat SR</source>
        <translation>ハートビートSR を確認する</translation>
    </message>
    <message>
        <source>ha.restart_priorities names VM {name}, which the pool does not have</source>
        <translation>ha.restart_priorities に VM {name} が指定されていますが、この VM はプールにありません</translation>
    </message>
    <message>
        <source>Correct or remove that entry.</source>
        <translation>そのエントリを修正または削除してください。</translation>
    </message>
    <message>
        <source>the pool can tolerate {count} host failure(s) with the protected VMs (XAPI&apos;s plan; ours: {ours}), not {wanted}</source>
        <translation>保護対象の VM がある状態でプールが許容できるホスト障害数は {count} 台です (XAPI のプラン。このウィザードの計算: {ours})。{wanted} 台ではありません</translation>
    </message>
    <message>
        <source>Lower ha.host_failures_to_tolerate to {count}, or protect fewer VMs.</source>
        <translation>ha.host_failures_to_tolerate を {count} に下げるか、保護する VM を減らしてください。</translation>
    </message>
    <message>
        <source>restart priority of {vm}</source>
        <translation>{vm} の再起動優先度</translation>
    </message>
    <message>
        <source>enable HA</source>
        <translation>HA を有効にする</translation>
    </message>
    <message>
        <source>Check the storage network from every host (SSH)</source>
        <translation>すべてのホストからストレージネットワークを確認する (SSH)</translation>
    </message>
    <message>
        <source>check the storage network of {host} from the host (SSH)</source>
        <translation>{host} のストレージネットワークをホストから確認する (SSH)</translation>
    </message>
    <message>
        <source>on {address}:</source>
        <translation>{address} で:</translation>
    </message>
    <message>
        <source>compare the iSCSI paths every host sees</source>
        <translation>各ホストが認識している iSCSI パスを比較する</translation>
    </message>
    <message>
        <source>{message} (seen: {evidence})</source>
        <translation>{message} (確認内容: {evidence})</translation>
    </message>
    <message>
        <source>Configure the storage network</source>
        <translation>ストレージネットワークを構成する</translation>
    </message>
    <message>
        <source>create the storage network</source>
        <translation>ストレージネットワークを作成する</translation>
    </message>
    <message>
        <source>set the storage MTU</source>
        <translation>ストレージの MTU を設定する</translation>
    </message>
    <message>
        <source>set the MTU of {network} to {mtu}</source>
        <translation>{network} の MTU を {mtu} に設定する</translation>
    </message>
    <message>
        <source>create network {network} (MTU {mtu})</source>
        <translation>ネットワーク {network} を作成する (MTU {mtu})</translation>
    </message>
    <message>
        <source>{address} has no NIC {nic}</source>
        <translation>{address} に NIC {nic} がありません</translation>
    </message>
    <message>
        <source>Choose an existing NIC for storage.</source>
        <translation>ストレージ用に既存の NIC を選択してください。</translation>
    </message>
    <message>
        <source>create VLAN {vlan} pool-wide</source>
        <translation>VLAN {vlan} をプール全体に作成する</translation>
    </message>
    <message>
        <source>create VLAN {vlan} on {address}</source>
        <translation>{address} に VLAN {vlan} を作成する</translation>
    </message>
    <message>
        <source>VLAN {vlan} was not created on {hosts} (XAPI skips hosts that are not live)</source>
        <translation>{hosts} に VLAN {vlan} が作成されませんでした (XAPI は稼働中 (live) でないホストをスキップします)</translation>
    </message>
    <message>
        <source>Check that every host is up and shown live in the pool, then run the build again.</source>
        <translation>すべてのホストが起動しており、プール内で稼働中 (live) と表示されていることを確認してから、構築を再実行してください。</translation>
    </message>
    <message>
        <source>create VLAN {vlan} on {nic} of {count} host(s)</source>
        <translation>{count} 台のホストの {nic} に VLAN {vlan} を作成する</translation>
    </message>
    <message>
        <source>create VLAN {vlan} on the chosen NICs of {count} host(s)</source>
        <translation>{count} 台のホストの選択した NIC に VLAN {vlan} を作成する</translation>
    </message>
    <message>
        <source>re-plug the storage interface on {address}</source>
        <translation>{address} のストレージインターフェースを再接続する</translation>
    </message>
    <message>
        <source>a NIC fixed since takes the planned MTU on a re-plug</source>
        <translation>修正済みの NIC は再接続 (re-plug) で計画どおりの MTU になります</translation>
    </message>
    <message>
        <source>{address} has no interface on the storage network</source>
        <translation>{address} にストレージネットワーク上のインターフェイスがありません</translation>
    </message>
    <message>
        <source>Run the build again.</source>
        <translation>構築を再実行してください。</translation>
    </message>
    <message>
        <source>set storage IP {ip} on {address}</source>
        <translation>{address} にストレージ IP {ip} を設定する</translation>
    </message>
    <message>
        <source>protect the storage interface</source>
        <translation>ストレージインターフェイスを保護する</translation>
    </message>
    <message>
        <source>plug the storage interface on {address}</source>
        <translation>{address} のストレージインターフェイスを接続する</translation>
    </message>
    <message>
        <source>{address}: the storage interface runs at MTU {mtu}, not the planned {planned}</source>
        <translation>{address}: ストレージインターフェイスは計画どおりの {planned} ではなく、MTU {mtu} で動作しています</translation>
    </message>
    <message>
        <source>The NIC (or its driver) did not accept the MTU. Check the NIC&apos;s jumbo-frame support, or plan MTU 1500; all VLANs on one NIC share its MTU.</source>
        <translation>NIC (またはそのドライバー) がこの MTU を受け付けませんでした。NIC のジャンボフレーム対応を確認するか、MTU 1500 で計画してください。1 つの NIC 上のすべての VLAN は同じ MTU を共有します。</translation>
    </message>
    <message>
        <source>storage IP {ip}/{netmask} on {nic}.{vlan} of {host}, MTU {mtu}, not unpluggable</source>
        <translation>{host} の {nic}.{vlan} にストレージ IP {ip}/{netmask}、MTU {mtu}、切断不可</translation>
    </message>
    <message>
        <source>{address}: the storage interface is not at the planned MTU {planned} (check the NIC&apos;s jumbo-frame support, or plan MTU 1500); its MTU now:</source>
        <translation>{address}: ストレージインターフェースが計画した MTU {planned} になっていません(NIC のジャンボフレーム対応を確認するか、MTU 1500 を計画してください)。現在の MTU:</translation>
    </message>
    <message>
        <source>Create the pool</source>
        <translation>プールを作成する</translation>
    </message>
    <message>
        <source>name the pool</source>
        <translation>プールに名前を付ける</translation>
    </message>
    <message>
        <source>name the pool {name} with {master} as master</source>
        <translation>{master} をマスターとしてプールに {name} という名前を付ける</translation>
    </message>
    <message>
        <source>Join the members</source>
        <translation>メンバーを参加させる</translation>
    </message>
    <message>
        <source>join {host} to the pool of {master}</source>
        <translation>{host} を {master} のプールに参加させる</translation>
    </message>
    <message>
        <source>force_join = true: pool-join force=true skips XAPI&apos;s CPU vendor and software build checks (unsupported)</source>
        <translation>force_join = true: pool-join force=true は XAPI の CPU ベンダーとソフトウェアビルドのチェックを省略します (サポート対象外)</translation>
    </message>
    <message>
        <source>{host} was refused. The plan allows forcing its join: run the script again with XENPOOL_YES_FORCE_JOIN=yes if you accept an unsupported pool (no XenMotion between CPU vendors).</source>
        <translation>{host} は拒否されました。計画ではこの参加の強制が許可されています: サポート対象外のプール (CPU ベンダー間で XenMotion 不可) を受け入れる場合は、XENPOOL_YES_FORCE_JOIN=yes を付けてスクリプトを再実行してください。</translation>
    </message>
    <message>
        <source>wait until {host} is an enabled member</source>
        <translation>{host} が有効なメンバーになるまで待機する</translation>
    </message>
    <message>
        <source>{host} did not show up as a pool member: check it, then run the rest of the script</source>
        <translation>{host} がプールメンバーとして表示されませんでした。ホストを確認してから、スクリプトの残りを実行してください</translation>
    </message>
    <message>
        <source>{address} is not connected</source>
        <translation>{address} は接続されていません</translation>
    </message>
    <message>
        <source>join {address} to the pool</source>
        <translation>{address} をプールに参加させる</translation>
    </message>
    <message>
        <source>{address} is already a member of another pool (master {other})</source>
        <translation>{address} はすでに別のプールのメンバーです (マスター {other})</translation>
    </message>
    <message>
        <source>Eject it from that pool first (on {other}: xe pool-eject), or leave it out of the plan; then run the build again.</source>
        <translation>先にそのプールから削除するか ({other} で xe pool-eject)、計画から外してください。その後、構築を再実行してください。</translation>
    </message>
    <message>
        <source>{master} refused {address}&apos;s join: it is no longer a pool master but a member of the pool of {other}</source>
        <translation>{master} が {address} の参加を拒否しました: このホストはもうプールマスターではなく、{other} のプールのメンバーです</translation>
    </message>
    <message>
        <source>Plan the build with {other} as the master, or eject {master} from that pool (on {other}: xe pool-eject); then run the build again.</source>
        <translation>{other} をマスターとして構築を計画するか、{master} をそのプールから削除してください ({other} で xe pool-eject)。その後、構築を再実行してください。</translation>
    </message>
    <message>
        <source>the connection to {address} broke during the join and it is still a standalone host with no join running: the join did not happen</source>
        <translation>参加中に {address} への接続が切れました。このホストは実行中の参加タスクがないままスタンドアロンです: 参加は行われていません</translation>
    </message>
    <message>
        <source>Check the network path between this computer, {address} and the master, then run the build again: it joins what is not joined yet.</source>
        <translation>このコンピューター、{address}、マスターの間のネットワーク経路を確認してから、構築をもう一度実行してください: まだ参加していないホストを参加させます。</translation>
    </message>
    <message>
        <source>{address} is in the pool but not live within {seconds} s of the join</source>
        <translation>{address} はプールに含まれていますが、参加後 {seconds} s 以内に稼働中 (live) になりませんでした</translation>
    </message>
    <message>
        <source>{address} did not appear in the pool within {seconds} s of the join</source>
        <translation>{address} は参加後 {seconds} s 以内にプールに表示されませんでした</translation>
    </message>
    <message>
        <source>Check {address}&apos;s console (xe host-list) and its network path to the master; then run the build again to resume.</source>
        <translation>{address} のコンソール (xe host-list) とマスターへのネットワーク経路を確認してから、構築を再実行して再開してください。</translation>
    </message>
    <message>
        <source>Create the shared SR</source>
        <translation>共有SR を作成する</translation>
    </message>
    <message>
        <source>Create the HA heartbeat SR</source>
        <translation>HA ハートビートSR を作成する</translation>
    </message>
    <message>
        <source>the pool&apos;s own SR on this LUN, made by an earlier run</source>
        <translation>以前の実行で作成された、この LUN 上のプール自身の SR</translation>
    </message>
    <message>
        <source>the UUID of an SR the LUN already holds, if any</source>
        <translation>LUN に既存の SR がある場合は、その UUID</translation>
    </message>
    <message>
        <source>the LUN holds an SR: reattach it (existing_sr = {value})</source>
        <translation>LUN に SR があります: 再接続します (existing_sr = {value})</translation>
    </message>
    <message>
        <source>LUN {lun} already holds an SR, nothing was formatted; set iscsi.existing_sr = &quot;reattach&quot; to keep and attach it, or choose another LUN. The SR:</source>
        <translation>LUN {lun} にはすでに SR があるため、何もフォーマットしていません。その SR を保持して接続するには iscsi.existing_sr = &quot;reattach&quot; を設定するか、別の LUN を選択してください。SR:</translation>
    </message>
    <message>
        <source>existing_sr = {value}: sr-create formats the LUN, destroying any SR on it</source>
        <translation>existing_sr = {value}: sr-create は LUN をフォーマットするため、LUN 上の SR はすべて破棄されます</translation>
    </message>
    <message>
        <source>LUN {lun} holds an SR and the plan says format: nothing was formatted. Formatting destroys every VM disk on it; run the script again with XENPOOL_YES_DESTROY=yes if that is really what you want. The SR:</source>
        <translation>LUN {lun} には SR があり、構築プランではフォーマットが指定されていますが、何もフォーマットしていません。フォーマットすると、その上のすべての VM ディスクが消去されます。本当にそれを意図している場合は、XENPOOL_YES_DESTROY=yes を指定してスクリプトを再実行してください。SR:</translation>
    </message>
    <message>
        <source>one PBD per host: sr-create makes them, sr-introduce not</source>
        <translation>ホストごとに PBD を 1 つ: sr-create は作成しますが、sr-introduce は作成しません</translation>
    </message>
    <message>
        <source>every host must say true</source>
        <translation>すべてのホストで true であること</translation>
    </message>
    <message>
        <source>create shared SR {sr} on LUN {lun}</source>
        <translation>LUN {lun} に共有SR {sr} を作成する</translation>
    </message>
    <message>
        <source>probe LUN {lun}</source>
        <translation>LUN {lun} を調査する</translation>
    </message>
    <message>
        <source>LUN {lun}: {reason}</source>
        <translation>LUN {lun}: {reason}</translation>
    </message>
    <message>
        <source>Probe the target again; if it repeats, check the array.</source>
        <translation>ターゲットをもう一度調査してください。繰り返し発生する場合は、ストレージアレイを確認してください。</translation>
    </message>
    <message>
        <source>LUN {lun} already holds SR {sr}</source>
        <translation>LUN {lun} にはすでに SR {sr} があります</translation>
    </message>
    <message>
        <source>Set iscsi.existing_sr = &quot;reattach&quot; to keep and attach it, or choose another LUN.</source>
        <translation>その SR を保持して接続するには iscsi.existing_sr = &quot;reattach&quot; を設定するか、別の LUN を選択してください。</translation>
    </message>
    <message>
        <source>scan SR {sr} for its disks</source>
        <translation>SR {sr} をスキャンしてディスクを検出する</translation>
    </message>
    <message>
        <source>LUN {lun} holds SR {sr} and the plan says format: refusing without explicit consent</source>
        <translation>LUN {lun} には SR {sr} がありますが、構築プランではフォーマットが指定されています。明示的な同意がないため拒否します</translation>
    </message>
    <message>
        <source>Formatting destroys every VM disk on it. Re-run with --yes-destroy if that is really what you want, or set existing_sr = &quot;reattach&quot;.</source>
        <translation>フォーマットすると、その SR 上のすべての VM ディスクが消去されます。本当にそれを意図している場合は --yes-destroy を指定して再実行するか、existing_sr = &quot;reattach&quot; を設定してください。</translation>
    </message>
    <message>
        <source>create SR {sr}</source>
        <translation>SR {sr} を作成する</translation>
    </message>
    <message>
        <source>create (or reattach) shared SR {sr} on LUN {lun}</source>
        <translation>LUN {lun} に共有SR {sr} を作成 (または再接続) する</translation>
    </message>
    <message>
        <source>forget the stale SR record</source>
        <translation>古い SR レコードを破棄 (forget) する</translation>
    </message>
    <message>
        <source>introduce SR {sr}</source>
        <translation>SR {sr} を導入 (introduce) する</translation>
    </message>
    <message>
        <source>attach SR {sr} on {address}</source>
        <translation>{address} に SR {sr} を接続する</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>SR {sr} is not attached on every host:</source>
        <translation>SR {sr} がすべてのホストに接続されていません:</translation>
    </message>
    <message>
        <source>Fix those hosts&apos; storage path (VLAN, IP, the array&apos;s initiator list with each host&apos;s IQN), then run the build again: it resumes by plugging the missing PBDs.</source>
        <translation>それらのホストのストレージ経路 (VLAN、IP、各ホストの IQN を含むストレージアレイのイニシエーターリスト) を修正してから、構築を再実行してください。不足している PBD を接続して再開します。</translation>
    </message>
    <message>
        <source>attached on one path: the host does not multipath</source>
        <translation>1 本のパスで接続: このホストはマルチパスを使用していません</translation>
    </message>
    <message>
        <source>attached on {up} of {total} paths: check this host&apos;s cabling and VLAN to every portal</source>
        <translation>{total} 本中 {up} 本のパスで接続: このホストから各ポータルへのケーブルと VLAN を確認してください</translation>
    </message>
    <message>
        <source>attached, {up} of {total} paths up</source>
        <translation>接続済み、{total} 本中 {up} 本のパスが稼働</translation>
    </message>
    <message>
        <source>Move VM disks to shared storage</source>
        <translation>VM ディスクを共有ストレージへ移動する</translation>
    </message>
    <message>
        <source>move the disks of {vm} to {sr}</source>
        <translation>{vm} のディスクを {sr} へ移動する</translation>
    </message>
    <message>
        <source>move_vms names {vm}, which matches {count} VMs in the pool</source>
        <translation>move_vms に {vm} が指定されていますが、プール内の {count} 台の VM が一致します</translation>
    </message>
    <message>
        <source>Use a name that exactly one VM has.</source>
        <translation>1 台の VM だけが持つ名前を使用してください。</translation>
    </message>
    <message>
        <source>move {count} disk(s) of {vm} to {sr}</source>
        <translation>{vm} の {count} 個のディスクを {sr} へ移動する</translation>
    </message>
    <message>
        <source>move_vms names {vm}, which must match exactly one VM</source>
        <translation>move_vms に指定された {vm} は、ちょうど 1 台の VM に一致する必要があります</translation>
    </message>
    <message>
        <source>storage XenMotion: the VM keeps running</source>
        <translation>Storage XenMotion: VM は動作し続けます</translation>
    </message>
    <message>
        <source>VM {vm} is neither running nor halted: its disks move only in one of those states</source>
        <translation>VM {vm} は実行中でも停止中でもありません: ディスクはそのどちらかの状態でのみ移動します</translation>
    </message>
    <message>
        <source>move {count} disk(s) of {vm} to {sr} while it runs</source>
        <translation>{vm} のディスク {count} 台を実行中のまま {sr} へ移動</translation>
    </message>
    <message>
        <source>VM {vm} is {state}: its disks move while it runs or while it is shut down, not now</source>
        <translation>VM {vm} は {state} です: ディスクは実行中か停止中に移動し、今はできません</translation>
    </message>
    <message>
        <source>Resume or shut it down and run again, or remove it from move_vms.</source>
        <translation>再開するかシャットダウンしてから再実行するか、move_vms から削除してください。</translation>
    </message>
    <message>
        <source>delete a disk already moved</source>
        <translation>移動済みのディスクを削除する</translation>
    </message>
    <message>
        <source>finish moving disk {disk}</source>
        <translation>ディスク {disk} の移動を完了する</translation>
    </message>
    <message>
        <source>the shared SR does not exist yet</source>
        <translation>共有SR はまだ存在しません</translation>
    </message>
    <message>
        <source>Run the build again: the SR step comes first.</source>
        <translation>構築を再実行してください。SR のステップが先に実行されます。</translation>
    </message>
    <message>
        <source>copy a disk of {vm}</source>
        <translation>{vm} のディスクをコピーする</translation>
    </message>
    <message>
        <source>detach the local disk of {vm}</source>
        <translation>{vm} のローカルディスクを切断する</translation>
    </message>
    <message>
        <source>attach the moved disk to {vm}</source>
        <translation>移動したディスクを {vm} に接続する</translation>
    </message>
    <message>
        <source>delete the local copy of {vm}&apos;s disk</source>
        <translation>{vm} のディスクのローカルコピーを削除する</translation>
    </message>
    <message>
        <source>delete an unused copy</source>
        <translation>使われていないコピーを削除する</translation>
    </message>
    <message>
        <source>delete {disk}, a copy nothing uses any more</source>
        <translation>もう使われていないコピー {disk} を削除する</translation>
    </message>
    <message>
        <source>delete an unused copy of a disk of {vm}</source>
        <translation>{vm} のディスクの使われていないコピーを削除する</translation>
    </message>
    <message>
        <source>move a disk of {vm} while it runs</source>
        <translation>{vm} のディスクを実行中のまま移動</translation>
    </message>
    <message>
        <source>{finding}: refusing without explicit consent</source>
        <translation>{finding}: 明示的な同意がないため拒否します</translation>
    </message>
    <message>
        <source>Check the iSCSI target and its LUNs</source>
        <translation>iSCSI ターゲットとその LUN を確認する</translation>
    </message>
    <message>
        <source>check the target {iqn}: its LUNs, their sizes and any SR on them</source>
        <translation>ターゲット {iqn} を確認する: LUN、そのサイズ、および LUN 上の SR</translation>
    </message>
    <message>
        <source>the iSCSI target is not ready for the plan: {problems}</source>
        <translation>iSCSI ターゲットは構築プランを実行できる状態ではありません: {problems}</translation>
    </message>
    <message>
        <source>No SR was created; run the build again after fixing it.</source>
        <translation>SR は作成されていません。修正してから構築を再実行してください。</translation>
    </message>
    <message>
        <source>Log in to the hosts</source>
        <translation>ホストにログインする</translation>
    </message>
    <message>
        <source>Turn on multipathing</source>
        <translation>マルチパスを有効にする</translation>
    </message>
    <message>
        <source>multipathing is off on {hosts}, where a planned SR is already attached</source>
        <translation>計画された SR が既に接続されている {hosts} でマルチパスが無効です</translation>
    </message>
    <message>
        <source>Turning it on needs that SR unplugged on the host: put the host in maintenance mode, enable multipathing (XenCenter: host properties, Multipathing), take it out of maintenance mode, then run the build again.</source>
        <translation>有効にするにはそのホストで SR を切断する必要があります。ホストをメンテナンスモードにし、マルチパスを有効にして(XenCenter: ホストのプロパティ、マルチパス)、メンテナンスモードを解除してから、構築を再実行してください。</translation>
    </message>
    <message>
        <source>turn on multipathing on {address}</source>
        <translation>{address} でマルチパスを有効にする</translation>
    </message>
</context>
<context>
    <name>WizardModel</name>
    <message>
        <source>{0} shows a different certificate than the join information says: nothing was added. Compare both with the host&apos;s console.</source>
        <translation>{0} は参加情報とは異なる証明書を提示しています。何も追加していません。両方をホストのコンソールで比較してください。</translation>
    </message>
    <message>
        <source>{count} host(s) found in {spec}</source>
        <translation>{spec}で{count}台のホストが見つかりました</translation>
    </message>
    <message>
        <source>no answer on port {port}: {reason}</source>
        <translation>ポート{port}で応答がありません: {reason}</translation>
    </message>
    <message>
        <source>{count} LUN(s) on {iqn}</source>
        <translation>{iqn}上のLUN: {count}個</translation>
    </message>
    <message>
        <source>This check is optional: to build without it, press Back, untick &quot;prove each host&apos;s storage path over SSH&quot; on the Review page, then Next and Build.</source>
        <translation>このチェックは任意です。省略して構築するには、「戻る」を押し、「確認」ページで「各ホストのストレージ経路をSSHで検証する」のチェックを外してから、「次へ」と「構築」を押してください。</translation>
    </message>
</context>
<context>
    <name>XapiErrors</name>
    <message>
        <source>{member} is a pool member; its master is {master}</source>
        <translation>{member} はプールメンバーです。マスターは {master} です</translation>
    </message>
    <message>
        <source>{address}: the password for {user} was refused</source>
        <translation>{address}: {user} のパスワードが拒否されました</translation>
    </message>
    <message>
        <source>Check the host&apos;s root password.</source>
        <translation>ホストの root パスワードを確認してください。</translation>
    </message>
    <message>
        <source>log in to {address}</source>
        <translation>{address} にログインする</translation>
    </message>
    <message>
        <source>{address} did not answer on port {port} ({reason})</source>
        <translation>{address} がポート {port} で応答しませんでした ({reason})</translation>
    </message>
    <message>
        <source>Check that the host is powered on and that its management address is reachable from this computer.</source>
        <translation>ホストの電源が入っていること、およびこのコンピューターから管理アドレスに到達できることを確認してください。</translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds} s and was cancelled</source>
        <translation>{action} が {seconds} s 以内に完了しなかったため、キャンセルされました</translation>
    </message>
    <message>
        <source>the operation</source>
        <translation>この操作</translation>
    </message>
    <message>
        <source>Check the host&apos;s load and its storage and network; then run the build again to resume.</source>
        <translation>ホストの負荷、ストレージ、およびネットワークを確認してから、構築を再実行して再開してください。</translation>
    </message>
    <message>
        <source>event.from has no token or events</source>
        <translation>event.from に token または events がありません</translation>
    </message>
    <message>
        <source>{action} was cancelled</source>
        <translation>{action} はキャンセルされました</translation>
    </message>
    <message>
        <source>a task record is not a record</source>
        <translation>タスクのレコードがレコードではありません</translation>
    </message>
    <message>
        <source>the task record&apos;s field {field} is {value}</source>
        <translation>タスクのレコードのフィールド {field} が {value} です</translation>
    </message>
    <message>
        <source>a task&apos;s status is {status}, which XAPI does not know</source>
        <translation>タスクの status が {status} ですが、XAPI にはない値です</translation>
    </message>
    <message>
        <source>{host} sent an answer the wizard cannot read: {what}</source>
        <translation>{host} から、ウィザードが読み取れない応答が返されました: {what}</translation>
    </message>
    <message>
        <source>Check that {host} is a XenServer or XCP-ng host of a supported version (and that the address is not another machine); if it is, read its /var/log/xensource.log.</source>
        <translation>{host} がサポート対象バージョンの XenServer または XCP-ng ホストであること (およびそのアドレスが別のマシンのものでないこと) を確認してください。そうである場合は、そのホストの /var/log/xensource.log を確認してください。</translation>
    </message>
    <message>
        <source>{host} answered on port {port}, but not as a XenServer or XCP-ng host: {what}</source>
        <translation>{host} はポート {port} で応答しましたが、XenServer / XCP-ng ホストとしてではありません: {what}</translation>
    </message>
    <message>
        <source>The address reaches another machine or service (a web server, the host&apos;s management board such as iLO, iDRAC or IPMI, a proxy or an old release). Check that {host} is the host&apos;s management address and that XAPI listens on port {port} there.</source>
        <translation>このアドレスは別のマシンやサービス (Web サーバー、iLO・iDRAC・IPMI などホストの管理ボード、プロキシ、古いリリース) につながっています。{host} がホストの管理アドレスであり、そこで XAPI がポート {port} で待ち受けていることを確認してください。</translation>
    </message>
    <message>
        <source>{host} runs {release} (XAPI {api}); the wizard needs XenServer 7.0 (XAPI {oldest}) or later, or XCP-ng</source>
        <translation>{host} は {release} (XAPI {api}) です。ウィザードには XenServer 7.0 (XAPI {oldest}) 以降、または XCP-ng が必要です</translation>
    </message>
    <message>
        <source>Upgrade {host} to a supported XenServer or XCP-ng release (XenServer 6.x is out of support), or leave it out of the plan.</source>
        <translation>{host} をサポートされている XenServer または XCP-ng のリリースにアップグレードするか (XenServer 6.x はサポート終了)、構築プランから外してください。</translation>
    </message>
    <message>
        <source>{action}: {summary} [{code}]</source>
        <translation>{action}: {summary} [{code}]</translation>
    </message>
    <message>
        <source>{summary} [{code}]</source>
        <translation>{summary} [{code}]</translation>
    </message>
    <message>
        <source>the user name or password was refused</source>
        <translation>ユーザー名またはパスワードが拒否されました</translation>
    </message>
    <message>
        <source>Check the root password of the host (it is the pool master&apos;s password once joined).</source>
        <translation>ホストの root パスワードを確認してください (参加後はプールマスターのパスワードになります)。</translation>
    </message>
    <message>
        <source>this host is a pool member; its master is {0}</source>
        <translation>このホストはプールメンバーです。マスターは {0} です</translation>
    </message>
    <message>
        <source>Connect to the pool master at {0}, or eject the host from its pool first.</source>
        <translation>{0} のプールマスターに接続するか、先にホストをそのプールから削除してください。</translation>
    </message>
    <message>
        <source>the hosts are not homogeneous: {0}</source>
        <translation>ホストが同種ではありません: {0}</translation>
    </message>
    <message>
        <source>Hosts in one pool need the same CPU vendor and the same software version and updates. Update the hosts to the same level, or use a separate pool for this host.</source>
        <translation>1 つのプール内のホストには、同じ CPU ベンダー、同じソフトウェアバージョンおよび更新プログラムが必要です。ホストを同じレベルに更新するか、このホスト用に別のプールを使用してください。</translation>
    </message>
    <message>
        <source>the hosts run different platform versions or products</source>
        <translation>ホストで異なるプラットフォームバージョンまたは製品が実行されています</translation>
    </message>
    <message>
        <source>Install the same product and version on every host before pooling them.</source>
        <translation>プールを構成する前に、すべてのホストに同じ製品とバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>the joining host still runs VMs</source>
        <translation>参加するホストでまだ VM が実行されています</translation>
    </message>
    <message>
        <source>Shut down or migrate the VMs running on the joining host, then retry.</source>
        <translation>参加するホストで実行中の VM をシャットダウンまたは移行してから、再試行してください。</translation>
    </message>
    <message>
        <source>a VM on the joining host has an operation in progress</source>
        <translation>参加するホスト上の VM で操作が進行中です</translation>
    </message>
    <message>
        <source>Wait for the VM operations on the joining host to finish, then retry.</source>
        <translation>参加するホスト上の VM の操作が完了するまで待ってから、再試行してください。</translation>
    </message>
    <message>
        <source>the joining host has a shared SR attached</source>
        <translation>参加するホストに共有SR が接続されています</translation>
    </message>
    <message>
        <source>Detach (forget) the shared SRs of the joining host; the pool&apos;s SRs are attached after the join.</source>
        <translation>参加するホストの共有SR を切断 (forget) してください。プールの SR は参加後に接続されます。</translation>
    </message>
    <message>
        <source>the joining host is the master of other hosts</source>
        <translation>参加するホストは他のホストのマスターです</translation>
    </message>
    <message>
        <source>Eject its members first, or make this pool the one the others join.</source>
        <translation>先にそのメンバーを削除するか、このプールを他のホストが参加するプールにしてください。</translation>
    </message>
    <message>
        <source>the joining host has VLANs other than its management VLAN</source>
        <translation>参加するホストに管理 VLAN 以外の VLAN があります</translation>
    </message>
    <message>
        <source>Remove those VLANs; the wizard creates the storage VLAN pool-wide after the joins.</source>
        <translation>それらの VLAN を削除してください。ウィザードは参加の完了後にストレージVLANをプール全体に作成します。</translation>
    </message>
    <message>
        <source>the joining host has NIC bonds</source>
        <translation>参加するホストに NIC ボンドがあります</translation>
    </message>
    <message>
        <source>Remove the bonds before joining; create them pool-wide afterwards.</source>
        <translation>参加する前にボンドを削除してください。ボンドは参加後にプール全体で作成してください。</translation>
    </message>
    <message>
        <source>the joining host has tunnels</source>
        <translation>参加するホストにトンネルがあります</translation>
    </message>
    <message>
        <source>Remove the tunnels (private networks) before joining.</source>
        <translation>参加する前にトンネル (プライベートネットワーク) を削除してください。</translation>
    </message>
    <message>
        <source>the joining host has SR-IOV networks</source>
        <translation>参加するホストに SR-IOV ネットワークがあります</translation>
    </message>
    <message>
        <source>Remove the SR-IOV networks before joining.</source>
        <translation>参加する前に SR-IOV ネットワークを削除してください。</translation>
    </message>
    <message>
        <source>the management VLAN differs (joining host {0}, pool {1})</source>
        <translation>管理 VLAN が異なります (参加するホスト {0}、プール {1})</translation>
    </message>
    <message>
        <source>Put the management interfaces of all hosts on the same VLAN (-1 means untagged).</source>
        <translation>すべてのホストの管理インターフェイスを同じ VLAN に配置してください (-1 はタグなしを意味します)。</translation>
    </message>
    <message>
        <source>the joining host uses different external authentication (AD) from the pool</source>
        <translation>参加するホストの外部認証 (AD) がプールと異なります</translation>
    </message>
    <message>
        <source>Disable or align external authentication on the joining host.</source>
        <translation>参加するホストの外部認証を無効にするか、プールと一致させてください。</translation>
    </message>
    <message>
        <source>the master&apos;s XAPI did not answer the joining host properly</source>
        <translation>マスターの XAPI が参加するホストに正しく応答しませんでした</translation>
    </message>
    <message>
        <source>Check that the master&apos;s toolstack runs (xe host-list on it), then retry.</source>
        <translation>マスターのツールスタックが動作していることを確認してから (マスターで xe host-list)、再試行してください。</translation>
    </message>
    <message>
        <source>the master&apos;s own certificate is missing from the pool&apos;s certificates</source>
        <translation>マスター自身の証明書がプールの証明書にありません</translation>
    </message>
    <message>
        <source>Run xe pool-certificate-sync on the master, then retry.</source>
        <translation>マスターで xe pool-certificate-sync を実行してから、再試行してください。</translation>
    </message>
    <message>
        <source>the host is still starting</source>
        <translation>ホストはまだ起動中です</translation>
    </message>
    <message>
        <source>Wait until it has finished starting, then retry.</source>
        <translation>起動が完了するまで待ってから、再試行してください。</translation>
    </message>
    <message>
        <source>clustering is enabled on the joining host</source>
        <translation>参加するホストでクラスタリングが有効です</translation>
    </message>
    <message>
        <source>Disable clustering on it (xe cluster-pool-destroy), then retry.</source>
        <translation>このホストでクラスタリングを無効にしてから (xe cluster-pool-destroy)、再試行してください。</translation>
    </message>
    <message>
        <source>the pool&apos;s clustering runs on VLAN {0}, not on the management network</source>
        <translation>プールのクラスタリングが管理ネットワークではなく VLAN {0} で動作しています</translation>
    </message>
    <message>
        <source>Move the pool&apos;s cluster to the management network or an untagged one, then retry.</source>
        <translation>プールのクラスターを管理ネットワークまたはタグなしのネットワークに移してから、再試行してください。</translation>
    </message>
    <message>
        <source>the joining host needs exactly one IP address on the pool&apos;s clustering network</source>
        <translation>参加するホストには、プールのクラスタリングネットワーク上にちょうど 1 つの IP アドレスが必要です</translation>
    </message>
    <message>
        <source>Give it one IP address on that network (xe pif-reconfigure-ip), then retry.</source>
        <translation>そのネットワークで IP アドレスを 1 つ設定してから (xe pif-reconfigure-ip)、再試行してください。</translation>
    </message>
    <message>
        <source>updates applied to host {0} still wait for a reboot or restart</source>
        <translation>ホスト {0} に適用された更新が、まだ再起動を待っています</translation>
    </message>
    <message>
        <source>Do what the updates ask (reboot the host, or xe-toolstack-restart), then retry.</source>
        <translation>更新が求める操作を行ってから (ホストの再起動、または xe-toolstack-restart)、再試行してください。</translation>
    </message>
    <message>
        <source>the joining host&apos;s storage driver lacks features of the pool&apos;s ({0})</source>
        <translation>参加するホストのストレージドライバーに、プールのドライバーの機能がありません ({0})</translation>
    </message>
    <message>
        <source>Bring the joining host to the pool&apos;s release and updates (the same sm package), then retry.</source>
        <translation>参加するホストをプールと同じリリースと更新 (同じ sm パッケージ) にしてから、再試行してください。</translation>
    </message>
    <message>
        <source>the joining host trusts other CA certificates under the pool&apos;s names ({0})</source>
        <translation>参加するホストが、プールと同じ名前で別の CA 証明書を信頼しています ({0})</translation>
    </message>
    <message>
        <source>Uninstall its copies (xe pool-uninstall-ca-certificate) or rename them, then retry.</source>
        <translation>このホストのコピーをアンインストールするか (xe pool-uninstall-ca-certificate)、名前を変更してから、再試行してください。</translation>
    </message>
    <message>
        <source>the joining host trusts a certificate the pool trusts too, for other purposes</source>
        <translation>参加するホストが、プールも信頼している証明書を別の用途で信頼しています</translation>
    </message>
    <message>
        <source>Uninstall it from the joining host; the pool shares its copy on join.</source>
        <translation>参加するホストからアンインストールしてください。参加時にプールのコピーが共有されます。</translation>
    </message>
    <message>
        <source>updates are being applied</source>
        <translation>更新を適用中です</translation>
    </message>
    <message>
        <source>Wait until the update has finished, then retry.</source>
        <translation>更新が完了するまで待ってから、再試行してください。</translation>
    </message>
    <message>
        <source>TLS verification is set differently on the joining host and the pool</source>
        <translation>参加するホストとプールで TLS 検証の設定が異なります</translation>
    </message>
    <message>
        <source>Enable TLS verification on both or neither.</source>
        <translation>TLS 検証を両方で有効にするか、両方で無効にしてください。</translation>
    </message>
    <message>
        <source>the joining host speaks API {0}, the pool master {1}</source>
        <translation>参加するホストの API は {0}、プールマスターは {1} です</translation>
    </message>
    <message>
        <source>Update both to the same release.</source>
        <translation>両方を同じリリースに更新してください。</translation>
    </message>
    <message>
        <source>the joining host has database schema {0}, the pool master {1}</source>
        <translation>参加するホストのデータベーススキーマは {0}、プールマスターは {1} です</translation>
    </message>
    <message>
        <source>the licence editions differ ({0}, {1})</source>
        <translation>ライセンスのエディションが異なります ({0}、{1})</translation>
    </message>
    <message>
        <source>Apply the same licence edition to every host.</source>
        <translation>すべてのホストに同じライセンスエディションを適用してください。</translation>
    </message>
    <message>
        <source>the licence does not allow this ({0})</source>
        <translation>ライセンスでこの操作は許可されていません ({0})</translation>
    </message>
    <message>
        <source>A free-edition pool is limited to 3 hosts and has no HA: apply a licence that allows it.</source>
        <translation>無償エディションのプールはホスト 3 台までに制限され、HA も使用できません。これを許可するライセンスを適用してください。</translation>
    </message>
    <message>
        <source>High Availability is enabled</source>
        <translation>高可用性 (HA) が有効になっています</translation>
    </message>
    <message>
        <source>Disable HA (pool-ha-disable) before changing pool membership or storage networking.</source>
        <translation>プールのメンバー構成やストレージネットワークを変更する前に、HA を無効にしてください (pool-ha-disable)。</translation>
    </message>
    <message>
        <source>High Availability is not enabled</source>
        <translation>高可用性 (HA) が有効になっていません</translation>
    </message>
    <message>
        <source>the host has not enough free memory ({0} bytes needed, {1} free)</source>
        <translation>ホストの空きメモリが足りません (必要 {0} バイト、空き {1})</translation>
    </message>
    <message>
        <source>Free memory on that host (move or stop other VMs), or shut the VM down first.</source>
        <translation>そのホストのメモリを空けるか (他の VM を移動または停止)、先に VM をシャットダウンしてください。</translation>
    </message>
    <message>
        <source>the VM&apos;s host cannot see the SR ({1})</source>
        <translation>VM のホストから SR が見えません ({1})</translation>
    </message>
    <message>
        <source>Plug the shared SR on the host the VM runs on (its PBD), then run again.</source>
        <translation>VM が動作しているホストで共有 SR (その PBD) を接続してから再実行してください。</translation>
    </message>
    <message>
        <source>another operation is still running on {0} {1}</source>
        <translation>{0} {1} で別の操作がまだ実行中です</translation>
    </message>
    <message>
        <source>Wait for it to finish (XenCenter or xe task-list shows it), then run again.</source>
        <translation>完了するまで待ってから再実行してください (XenCenter または xe task-list で確認できます)。</translation>
    </message>
    <message>
        <source>a host in the pool is offline</source>
        <translation>プール内のホストがオフラインです</translation>
    </message>
    <message>
        <source>Every host must be up and reachable from the master before HA can be enabled.</source>
        <translation>HA を有効にするには、すべてのホストが起動しており、マスターから到達可能である必要があります。</translation>
    </message>
    <message>
        <source>the joining host could not reach the master</source>
        <translation>参加するホストがマスターに到達できませんでした</translation>
    </message>
    <message>
        <source>Check that the joining host can reach the master&apos;s management address on port 443.</source>
        <translation>参加するホストがマスターの管理アドレスにポート 443 で到達できることを確認してください。</translation>
    </message>
    <message>
        <source>VLAN tag {0} is not valid</source>
        <translation>VLAN タグ {0} は無効です</translation>
    </message>
    <message>
        <source>Use a VLAN tag between 1 and 4094.</source>
        <translation>1 ～ 4094 の VLAN タグを使用してください。</translation>
    </message>
    <message>
        <source>that VLAN already exists on {0}</source>
        <translation>その VLAN は {0} にすでに存在します</translation>
    </message>
    <message>
        <source>Reuse the existing VLAN network or choose another tag.</source>
        <translation>既存の VLAN ネットワークを再利用するか、別のタグを選択してください。</translation>
    </message>
    <message>
        <source>that network is already connected on this host</source>
        <translation>そのネットワークはこのホストですでに接続されています</translation>
    </message>
    <message>
        <source>The host already has an interface on this network.</source>
        <translation>ホストにはすでにこのネットワーク上のインターフェイスがあります。</translation>
    </message>
    <message>
        <source>the {0} is not a valid IPv4 address</source>
        <translation>{0} は有効な IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>Correct the {0}.</source>
        <translation>{0} を修正してください。</translation>
    </message>
    <message>
        <source>an interface HA depends on is unplugged</source>
        <translation>HA が依存するインターフェイスが未接続です</translation>
    </message>
    <message>
        <source>Plug the storage interfaces (PIF.plug) on every host before enabling HA.</source>
        <translation>HA を有効にする前に、すべてのホストでストレージインターフェイスを接続してください (PIF.plug)。</translation>
    </message>
    <message>
        <source>the SR is not attached on every host</source>
        <translation>SR がすべてのホストに接続されていません</translation>
    </message>
    <message>
        <source>Plug the SR&apos;s PBD on every host (check each host&apos;s storage network and the array&apos;s initiator list).</source>
        <translation>すべてのホストで SR の PBD を接続してください (各ホストのストレージネットワークと、ストレージアレイのイニシエーターリストを確認してください)。</translation>
    </message>
    <message>
        <source>the heartbeat SR is too small</source>
        <translation>ハートビートSR が小さすぎます</translation>
    </message>
    <message>
        <source>HA needs about 4 GB free on the heartbeat SR (statefile plus the pool database redo log): use a LUN of at least 4 GiB.</source>
        <translation>HA にはハートビートSR に約 4 GB の空き容量が必要です (ステートファイルとプールデータベースの REDO ログ)。4 GiB 以上の LUN を使用してください。</translation>
    </message>
    <message>
        <source>the SR is still attached</source>
        <translation>SR はまだ接続されています</translation>
    </message>
    <message>
        <source>Unplug its PBDs first.</source>
        <translation>先に PBD を切断してください。</translation>
    </message>
    <message>
        <source>the LUN is in use by an SR attached on this host</source>
        <translation>この LUN は、このホストに接続された SR が使用中です</translation>
    </message>
    <message>
        <source>Use that SR (xe pbd-list device-config:SCSIid=... shows it) or choose another LUN; to format this one, detach its SR first.</source>
        <translation>その SR を使用するか（xe pbd-list device-config:SCSIid=... で表示されます）、別の LUN を選択してください。この LUN をフォーマットするには、先にその SR を切り離してください。</translation>
    </message>
    <message>
        <source>the SR already has a PBD for this host</source>
        <translation>SR にはすでにこのホストの PBD があります</translation>
    </message>
    <message>
        <source>an SR with that UUID is already known to the pool</source>
        <translation>その UUID の SR はすでにプールに登録されています</translation>
    </message>
    <message>
        <source>a host cannot reach the HA heartbeat SR</source>
        <translation>ホストが HA ハートビートSR に到達できません</translation>
    </message>
    <message>
        <source>Check that the heartbeat SR is plugged on every host and its storage path works.</source>
        <translation>ハートビートSR がすべてのホストで接続されており、ストレージ経路が機能していることを確認してください。</translation>
    </message>
    <message>
        <source>the hosts could not form an HA liveset (heartbeats were not seen)</source>
        <translation>ホストが HA のライブセットを形成できませんでした (ハートビートが確認されませんでした)</translation>
    </message>
    <message>
        <source>Check that every host reaches the others on the management network and sees the heartbeat SR, then run the build again: the heartbeat disks made so far are reused.</source>
        <translation>すべてのホストが管理ネットワーク上で他のホストに到達でき、ハートビートSR を認識していることを確認してから、構築を再実行してください。これまでに作成されたハートビート用ディスクは再利用されます。</translation>
    </message>
    <message>
        <source>a host cannot see the other hosts&apos; HA heartbeats</source>
        <translation>ホストが他のホストの HA ハートビートを認識できません</translation>
    </message>
    <message>
        <source>Check the management network between the hosts (switch, VLAN, firewall), then run the build again.</source>
        <translation>ホスト間の管理ネットワーク (スイッチ、VLAN、ファイアウォール) を確認してから、構築を再実行してください。</translation>
    </message>
    <message>
        <source>the HA daemon did not start on a host</source>
        <translation>ホストで HA デーモンが起動しませんでした</translation>
    </message>
    <message>
        <source>Read /var/log/xha.log on the hosts, fix the cause, then run the build again.</source>
        <translation>各ホストの /var/log/xha.log を確認して原因を修正してから、構築を再実行してください。</translation>
    </message>
    <message>
        <source>HA needs at least two hosts</source>
        <translation>HA には 2 台以上のホストが必要です</translation>
    </message>
    <message>
        <source>Add hosts to the pool, or plan it without HA.</source>
        <translation>プールにホストを追加するか、HA なしで計画してください。</translation>
    </message>
    <message>
        <source>the pool does not have the capacity for that many host failures</source>
        <translation>プールにはそれだけのホスト障害に対応できる容量がありません</translation>
    </message>
    <message>
        <source>Lower the number of host failures to tolerate or the number of protected VMs.</source>
        <translation>許容するホスト障害数、または保護する VM の数を減らしてください。</translation>
    </message>
    <message>
        <source>the operation was cancelled</source>
        <translation>操作はキャンセルされました</translation>
    </message>
    <message>
        <source>the host reported an internal error: {0}</source>
        <translation>ホストが内部エラーを報告しました: {0}</translation>
    </message>
    <message>
        <source>Read the host&apos;s /var/log/xensource.log around this time.</source>
        <translation>この時刻前後のホストの /var/log/xensource.log を確認してください。</translation>
    </message>
    <message>
        <source>the host refused the operation: {0}</source>
        <translation>ホストが操作を拒否しました: {0}</translation>
    </message>
    <message>
        <source>the session expired</source>
        <translation>セッションの有効期限が切れました</translation>
    </message>
    <message>
        <source>Log in again; the wizard does this by itself once.</source>
        <translation>もう一度ログインしてください。ウィザードは 1 回だけ自動的に再ログインします。</translation>
    </message>
    <message>
        <source>Use the same network backend (bridge or openvswitch) on every host.</source>
        <translation>すべてのホストで同じネットワークバックエンド (bridge または openvswitch) を使用してください。</translation>
    </message>
    <message>
        <source>Set the same SDN controller on the joining host and the pool, or remove the joining host&apos;s (xe sdn-controller-forget).</source>
        <translation>参加するホストとプールに同じ SDN コントローラーを設定するか、参加するホストのものを削除してください (xe sdn-controller-forget)。</translation>
    </message>
    <message>
        <source>Use the same address family (IPv4 or IPv6) for management on every host.</source>
        <translation>すべてのホストで管理に同じアドレスファミリー (IPv4 または IPv6) を使用してください。</translation>
    </message>
    <message>
        <source>Use one NBD purpose (nbd or insecure_nbd) on the joining host&apos;s and the pool&apos;s networks, or remove it from the joining host&apos;s.</source>
        <translation>参加するホストとプールのネットワークで同じ NBD 用途 (nbd または insecure_nbd) を使用するか、参加するホストのネットワークから削除してください。</translation>
    </message>
    <message>
        <source>The target refused the login: check the CHAP user and secret, and that the array&apos;s access list contains every host&apos;s initiator IQN.</source>
        <translation>ターゲットがログインを拒否しました。CHAP ユーザーとシークレット、およびストレージアレイのアクセスリストにすべてのホストのイニシエーター IQN が含まれていることを確認してください。</translation>
    </message>
    <message>
        <source>The target does not offer that IQN: probe again and pick one from the list.</source>
        <translation>ターゲットはその IQN を提供していません。もう一度調査して、一覧から選択してください。</translation>
    </message>
    <message>
        <source>Enter the target&apos;s portal address.</source>
        <translation>ターゲットのポータルアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Choose the target IQN (probe the portal to list them).</source>
        <translation>ターゲット IQN を選択してください (ポータルを調査すると一覧が表示されます)。</translation>
    </message>
    <message>
        <source>Choose a LUN by its SCSI id (probe the target to list them).</source>
        <translation>SCSI ID で LUN を選択してください (ターゲットを調査すると一覧が表示されます)。</translation>
    </message>
    <message>
        <source>The portal address could not be resolved: enter an IP address.</source>
        <translation>ポータルアドレスを解決できませんでした。IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>The host cannot reach the iSCSI portal on port 3260: check the storage VLAN, the host&apos;s storage IP and the switch ports.</source>
        <translation>ホストがポート 3260 で iSCSI ポータルに到達できません。ストレージVLAN、ホストのストレージ IP、およびスイッチポートを確認してください。</translation>
    </message>
    <message>
        <source>The iSCSI port must be a number between 1 and 65535.</source>
        <translation>iSCSI ポートには 1 ～ 65535 の数値を指定してください。</translation>
    </message>
    <message>
        <source>This host cannot see the SR on that LUN: most often the array hides the LUN from this host&apos;s initiator IQN (its access list or LUN masking); otherwise the LUN was formatted or is another one.</source>
        <translation>このホストからはその LUN 上の SR が見えません。多くの場合、アレイがこのホストのイニシエーター IQN から LUN を隠しています(アクセスリストまたは LUN マスキング)。そうでなければ、LUN がフォーマットされたか別の LUN です。</translation>
    </message>
    <message>
        <source>The CHAP secret stored in XAPI is missing: enter the CHAP secret again.</source>
        <translation>XAPI に保存されている CHAP シークレットがありません。CHAP シークレットをもう一度入力してください。</translation>
    </message>
    <message>
        <source>storage backend failure</source>
        <translation>ストレージバックエンドの障害</translation>
    </message>
    <message>
        <source>storage backend: {text}</source>
        <translation>ストレージバックエンド: {text}</translation>
    </message>
    <message>
        <source>The TLS certificate of {address} has changed.
  pinned:    {expected}
  presented: {seen}</source>
        <translation>{address} の TLS 証明書が変更されています。
  固定済み:  {expected}
  提示:      {seen}</translation>
    </message>
    <message>
        <source>This is either a reinstalled host or someone in between. Check the host&apos;s console (xe host-list params=uuid and its certificate) before trusting the new one.</source>
        <translation>ホストが再インストールされたか、第三者が通信に介在している可能性があります。新しい証明書を信頼する前に、ホストのコンソール (xe host-list params=uuid とその証明書) を確認してください。</translation>
    </message>
    <message>
        <source>The plan and the pin store disagree about the TLS certificate of {address}.
  in the plan: {planned}
  pinned:      {pinned}</source>
        <translation>構築プランと固定済みの情報で、{address} の TLS 証明書が一致しません。
  プラン:    {planned}
  固定済み:  {pinned}</translation>
    </message>
    <message>
        <source>Nothing was sent to the host. Check its certificate on the console, then correct the plan&apos;s hosts[].fingerprint or remove the stale pin.</source>
        <translation>ホストには何も送信していません。コンソールで証明書を確認してから、構築プランの hosts[].fingerprint を修正するか、古い固定情報を削除してください。</translation>
    </message>
    <message>
        <source>{address} presents a certificate that is not trusted yet (SHA-256 {fingerprint}).</source>
        <translation>{address} が提示した証明書はまだ信頼されていません (SHA-256 {fingerprint})。</translation>
    </message>
    <message>
        <source>Confirm it to continue.</source>
        <translation>続行するには確認してください。</translation>
    </message>
    <message>
        <source>it speaks plain HTTP, not TLS, on that port</source>
        <translation>そのポートでは TLS ではなく平文の HTTP で応答しています</translation>
    </message>
    <message>
        <source>it offers only TLS older than 1.2 (XenServer 7.0 and later and XCP-ng speak TLS 1.2; this is a very old release or another device)</source>
        <translation>TLS 1.2 より古い TLS しか提供していません (XenServer 7.0 以降と XCP-ng は TLS 1.2 を使います。非常に古いリリースか別の機器です)</translation>
    </message>
    <message>
        <source>the TLS handshake failed ({reason})</source>
        <translation>TLS ハンドシェイクに失敗しました ({reason})</translation>
    </message>
    <message>
        <source>XAPI on the host may be hung or still starting (on its console, `xe host-list` shows whether it answers and `xe-toolstack-restart` restarts it), or something between passes the connection but not the traffic. Check, then run again.</source>
        <translation>ホストの XAPI が停止しているか起動中の可能性があります (コンソールで `xe host-list` を実行すると応答するか分かり、`xe-toolstack-restart` で再起動できます)。または途中の機器が接続は通しても通信を通していません。確認してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>{address} accepted a connection on port {port} but did not begin TLS within {seconds} s</source>
        <translation>{address} はポート {port} で接続を受け付けましたが、{seconds} 秒以内に TLS を始めませんでした</translation>
    </message>
    <message>
        <source>{address} presented no certificate</source>
        <translation>{address} は証明書を提示しませんでした</translation>
    </message>
    <message>
        <source>it redirects to {location} (HTTP {status})</source>
        <translation>{location} へリダイレクトしています (HTTP {status})</translation>
    </message>
    <message>
        <source>it asks for a web login (HTTP {status})</source>
        <translation>Web ログインを要求しています (HTTP {status})</translation>
    </message>
    <message>
        <source>it refuses access (HTTP 403 Forbidden)</source>
        <translation>アクセスを拒否しています (HTTP 403 Forbidden)</translation>
    </message>
    <message>
        <source>it answered HTTP {status} {reason}</source>
        <translation>HTTP {status} {reason} で応答しました</translation>
    </message>
    <message>
        <source>the answer was cut off after {got} of {expected} bytes</source>
        <translation>応答が {expected} バイト中 {got} バイトで途切れました</translation>
    </message>
    <message>
        <source>its compressed answer is broken</source>
        <translation>圧縮された応答が壊れています</translation>
    </message>
    <message>
        <source>the answer is larger than {limit} MB ({size} MB read or announced) and was not read further</source>
        <translation>応答が {limit} MB を超えているため ({size} MB を読み込み済みまたは予告)、それ以上は読み込みませんでした</translation>
    </message>
    <message>
        <source>it sent an empty answer</source>
        <translation>空の応答を送ってきました</translation>
    </message>
    <message>
        <source>it answered with a web page ({title})</source>
        <translation>Web ページで応答しました ({title})</translation>
    </message>
    <message>
        <source>it answered with a web page (HTML)</source>
        <translation>Web ページで応答しました (HTML)</translation>
    </message>
    <message>
        <source>its answer is not XML-RPC ({start})</source>
        <translation>応答が XML-RPC ではありません ({start})</translation>
    </message>
    <message>
        <source>an XML-RPC fault ({code}: {text}), which XAPI does not send</source>
        <translation>XML-RPC フォールト ({code}: {text}) ですが、XAPI はこれを送りません</translation>
    </message>
    <message>
        <source>its XML declares entities or a document type (as an entity bomb does), which XAPI never sends</source>
        <translation>XML がエンティティまたは文書型を宣言しています (エンティティ爆弾の手口) が、XAPI はこれを送りません</translation>
    </message>
    <message>
        <source>its XML-RPC is broken or cut off ({error})</source>
        <translation>XML-RPC が壊れているか途切れています ({error})</translation>
    </message>
    <message>
        <source>a Success without a Value</source>
        <translation>Value のない Success</translation>
    </message>
    <message>
        <source>a Failure without an error code</source>
        <translation>エラーコードのない Failure</translation>
    </message>
    <message>
        <source>no Status Success or Failure ({status})</source>
        <translation>Status が Success でも Failure でもありません ({status})</translation>
    </message>
    <message>
        <source>not the struct XAPI answers with</source>
        <translation>XAPI が返す構造体ではありません</translation>
    </message>
    <message>
        <source>{method} answered {problem}</source>
        <translation>{method} の応答: {problem}</translation>
    </message>
    <message>
        <source>it does not answer in HTTP ({reason})</source>
        <translation>HTTP で応答していません ({reason})</translation>
    </message>
    <message>
        <source>{address} began to answer {method} but did not finish within {seconds} s</source>
        <translation>{address} は {method} への応答を始めましたが、{seconds} 秒以内に終わりませんでした</translation>
    </message>
    <message>
        <source>The link or the host stalls. Check the network path to the host and its load, then run again: a build resumes where it stopped.</source>
        <translation>回線またはホストが停滞しています。ホストまでのネットワーク経路と負荷を確認してから、もう一度実行してください。構築は止まったところから再開します。</translation>
    </message>
    <message>
        <source>{address} accepted {method} but did not answer within {seconds} s</source>
        <translation>{address} は {method} を受け付けましたが、{seconds} 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>the connection to {address} broke during {method}; the host may or may not have done it ({reason})</source>
        <translation>{method} の途中で {address} への接続が切れました。ホストが実行したかどうかは分かりません ({reason})</translation>
    </message>
    <message>
        <source>Check the network path to the host, then run the build again: it reads the pool first and does only what is missing.</source>
        <translation>ホストまでのネットワーク経路を確認してから、構築をもう一度実行してください。まずプールを読み取り、足りない作業だけを行います。</translation>
    </message>
    <message>
        <source>{address}: trusting its certificate on first use (SHA-256 {fingerprint}); it is pinned from now on.</source>
        <translation>{address}: 初回使用時にこの証明書を信頼します (SHA-256 {fingerprint})。今後はこの証明書が固定されます。</translation>
    </message>
</context>
</TS>
