<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="+71"/>
        <source>About Identity Console</source>
        <translation>关于身份管理控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity Console %1</source>
        <translation>身份管理控制台 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A desktop console for cloud identity directories: Volcengine Agent Identity user pools, Volcengine Cloud Identity and Alibaba Cloud CloudSSO.</source>
        <translation>云身份目录的桌面管理控制台：火山引擎智能体身份和权限管理平台（用户池）、火山引擎云身份中心以及阿里云云 SSO。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built with Qt %1</source>
        <translation>使用 Qt %1 构建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running on Qt %1</source>
        <translation>运行于 Qt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This program comes with ABSOLUTELY NO WARRANTY. It is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later.</source>
        <translation>本程序不提供任何担保。本程序是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择的）任何更高版本的条款重新发布和/或修改它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AccessibleText</name>
    <message>
        <location filename="../ui/widgets/AccessibleText.cpp" line="+95"/>
        <location line="+35"/>
        <source>Clear the text</source>
        <translation>清除文本</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n row(s)</source>
        <translation>
            <numerusform>%1，%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <location filename="../app/models/ActivityLogModel.cpp" line="+9"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RequestId</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Time from sending the request to the end of the answer</source>
        <translation>从发送请求到响应结束所用的时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 for the first try; higher numbers are automatic retries</source>
        <translation>1 表示首次尝试，更大的数字表示自动重试</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The HTTP status of the answer (— when none arrived)</source>
        <translation>响应的 HTTP 状态（未收到响应时为 —）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
</context>
<context>
    <name>ActivityLogPane</name>
    <message>
        <location filename="../ui/activity/ActivityLogPane.cpp" line="+141"/>
        <source>Activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Clear the activity log</source>
        <translation>清空活动日志</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove all %n entries from the activity log?</source>
        <translation>
            <numerusform>要从活动日志中删除全部 %n 条记录吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message numerus="yes">
        <location line="-54"/>
        <source>Copied %n RequestId(s).</source>
        <translation>
            <numerusform>已复制 %n 个请求 ID。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n request(s) logged.</source>
        <translation>
            <numerusform>已记录 %n 个请求。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 requests shown.</source>
        <translation>显示 %2 个请求中的 %1 个。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The oldest %n entries were dropped (the log keeps the latest %1).</source>
        <translation>
            <numerusform>最早的 %n 条记录已被丢弃（日志保留最近的 %1 条）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Filter by action, error code, RequestId… (Ctrl+F)</source>
        <translation>按操作、错误码、请求 ID 等筛选…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ervice:</source>
        <translation>服务(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent Identity (id)</source>
        <translation>智能体身份（id）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud Identity (cloudidentity)</source>
        <translation>云身份中心（cloudidentity）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CloudSSO (cloudsso)</source>
        <translation>云 SSO（cloudsso）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Errors only</source>
        <translation>仅显示错误(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow</source>
        <translation>跟随最新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll to new requests as they arrive</source>
        <translation>有新请求时自动滚动到最新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy RequestId</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter the activity log</source>
        <translation>筛选活动日志</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filters the requests of this session by action, error code or RequestId as you type (Ctrl+F)</source>
        <translation>输入时按操作、错误码或 RequestId 筛选本次会话的请求（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="+216"/>
        <source>No access key is configured for this connection.</source>
        <translation>此连接尚未配置 AccessKey。</translation>
    </message>
    <message>
        <location line="+204"/>
        <location line="+7"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>ApiTransport</name>
    <message>
        <location filename="../app/api/ApiTransport.cpp" line="+144"/>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation>无法读取 CA 证书包 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CA bundle %1 contains no PEM certificate.</source>
        <translation>CA 证书包 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No answer within %1 seconds.</source>
        <translation>%1 秒内没有响应。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server closed the connection before answering.</source>
        <translation>服务器在响应之前关闭了连接。</translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message>
        <location filename="../ui/widgets/BulkProgressDialog.cpp" line="+171"/>
        <location line="+5"/>
        <source>Copy summary</source>
        <translation>复制摘要</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending: items not sent yet are skipped; requests already sent are waited for.</source>
        <translation>停止发送：尚未发送的项将被跳过；已发送的请求会等待其完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the batch</source>
        <translation>取消批量操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Batch summary</source>
        <translation>批量操作摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch progress</source>
        <translation>批量操作进度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Done: all %n item(s) succeeded.</source>
        <translation>
            <numerusform>完成：全部 %n 项均已成功。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished: %1 succeeded, %2 failed, %3 cancelled, %4 already done, %5 already under way.</source>
        <translation>已结束：%1 项成功，%2 项失败，%3 项已取消，%4 项此前已完成，%5 项已在进行中。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Cancelling: nothing new is sent; waiting for the %n request(s) already sent to finish (a write already sent is never abandoned)…</source>
        <translation>
            <numerusform>正在取消：不再发送新请求；正在等待已发送的 %n 个请求完成（已发送的写操作绝不会被放弃）…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 of %2 done…</source>
        <translation>已完成 %1/%2…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The service is throttling: slowed down to %n request(s) at a time.</source>
        <translation>
            <numerusform>服务正在限流：已放慢为每次 %n 个请求。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <location filename="../app/cloud/BulkRunner.cpp" line="+45"/>
        <source>The connection was closed while this write was being sent; it may or may not have happened.</source>
        <translation>发送此写操作时连接被关闭；该操作可能已经生效，也可能没有。</translation>
    </message>
    <message>
        <location line="+91"/>
        <location line="+76"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>The answer did not say whether this item was done.</source>
        <translation>响应未说明此项是否已完成。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Checked: it was not created. Not sent again: the batch was cancelled.</source>
        <translation>已核实：未创建。批量操作已取消，因此未再次发送。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not sent: the batch was cancelled.</source>
        <translation>未发送：批量操作已取消。</translation>
    </message>
</context>
<context>
    <name>BulkSummary</name>
    <message>
        <location filename="../app/cloud/BulkSummary.cpp" line="+11"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(RequestId %1)</source>
        <translation>（请求 ID：%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[outcome unknown: check before repeating it]</source>
        <translation>[结果未知：重复操作前请先核实]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 succeeded, %3 failed, %4 cancelled (%5 s).</source>
        <translation>%2 项中 %1 项成功，%3 项失败，%4 项已取消（%5 秒）。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) had already been done by someone else (for example already deleted).</source>
        <translation>
            <numerusform>%n 项此前已由他人完成（例如已被删除）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) already under way: the service is already retrying them; this is not a failure.</source>
        <translation>
            <numerusform>%n 项已在进行中：服务已在重试这些事件，这不是失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The service throttled the batch; it slowed down and sent %n item(s) again.</source>
        <translation>
            <numerusform>服务对批量操作进行了限流；已放慢速度并重新发送了 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failures:</source>
        <translation>失败项：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already under way:</source>
        <translation>已在进行中：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already done:</source>
        <translation>此前已完成：</translation>
    </message>
</context>
<context>
    <name>BulkTarget</name>
    <message>
        <location filename="../app/cloud/BulkTarget.cpp" line="+26"/>
        <source>This operation cannot be sent in batches.</source>
        <translation>此操作不能批量发送。</translation>
    </message>
</context>
<context>
    <name>CloudIdentityBackend</name>
    <message>
        <location filename="../app/cloud/CloudIdentityBackend.cpp" line="+82"/>
        <source>The page cursor is not a page number.</source>
        <translation>分页游标不是页码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+298"/>
        <source>No %1 was given.</source>
        <translation>未指定%1。</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+18"/>
        <location line="+23"/>
        <location line="+172"/>
        <location line="+19"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Cloud Identity users cannot be enabled or disabled.</source>
        <translation>云身份中心的用户不能启用或禁用。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+51"/>
        <location line="+8"/>
        <source>provisioning</source>
        <translation>用户授权任务</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Cloud Identity has no such operation.</source>
        <translation>云身份中心不支持此操作。</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>No user was given.</source>
        <translation>未指定用户。</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+122"/>
        <location line="+13"/>
        <source>group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>No group was given.</source>
        <translation>未指定用户组。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>event</source>
        <translation>授权记录</translation>
    </message>
</context>
<context>
    <name>CloudSsoBackend</name>
    <message>
        <location filename="../app/cloud/CloudSsoBackend.cpp" line="+84"/>
        <source>Choose a CloudSSO directory first.</source>
        <translation>请先选择一个云 SSO 目录。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+303"/>
        <source>No %1 was given.</source>
        <translation>未指定%1。</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+21"/>
        <location line="+218"/>
        <location line="+27"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>CloudSSO passwords cannot be reset from the API.</source>
        <translation>云 SSO 的密码不能通过 API 重置。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No user was given.</source>
        <translation>未指定用户。</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+144"/>
        <location line="+17"/>
        <source>group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>No group was given.</source>
        <translation>未指定用户组。</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+13"/>
        <source>event</source>
        <translation>授权记录</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Choose how to handle an existing RAM user of the same name: KeepBoth or TakeOver.</source>
        <translation>请选择如何处理已存在的同名 RAM 用户：KeepBoth（保留两者）或 TakeOver（接管）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <location line="+49"/>
        <location line="+10"/>
        <source>provisioning</source>
        <translation>RAM 用户同步</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>CloudSSO has no such operation.</source>
        <translation>云 SSO 不支持此操作。</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../app/credentials/ConnectionTester.cpp" line="+35"/>
        <source>Agent Identity</source>
        <translation>智能体身份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud Identity</source>
        <translation>云身份中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CloudSSO</source>
        <translation>云 SSO</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The profile has no access key ID or secret key.</source>
        <translation>此配置缺少 AccessKey ID 或 AccessKey Secret。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 %2 ms</source>
        <translation>%1 %2 毫秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected in %1 ms (%2).</source>
        <translation>已连接，用时 %1 毫秒（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection test failed (%1).</source>
        <translation>连接测试失败（%1）。</translation>
    </message>
</context>
<context>
    <name>CredentialPromptDialog</name>
    <message>
        <location filename="../ui/profiles/CredentialPromptDialog.cpp" line="+137"/>
        <source>Secret Key for “%1”</source>
        <translation>“%1”的 AccessKey Secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secret key is saved for profile “%1” yet.</source>
        <translation>配置“%1”尚未保存 AccessKey Secret。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the secret access key that belongs to access key ID %1.</source>
        <translation>请输入 AccessKey ID %1 对应的 AccessKey Secret。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain is unavailable, so the secret key of “%1” cannot be read.</source>
        <translation>系统密钥环不可用，无法读取“%1”的 AccessKey Secret。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain said: %1</source>
        <translation>密钥环返回：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain said: %1

%2</source>
        <translation>密钥环返回：%1

%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service rejected the secret key of “%1”: it is wrong or has expired.</source>
        <translation>服务拒绝了“%1”的 AccessKey Secret：密钥错误或已过期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Enter the current secret access key for access key ID %2.</source>
        <translation>%1

请输入 AccessKey ID %2 当前的 AccessKey Secret。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret key of “%1” cannot be read.</source>
        <translation>无法读取“%1”的 AccessKey Secret。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Secret access key:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session &amp;token (optional):</source>
        <translation>会话令牌（可选）(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save in the system &amp;keychain</source>
        <translation>保存到系统密钥环(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key will be kept in memory for this session only. It is never written to disk; you will be asked again after a restart.</source>
        <translation>密钥仅在本次会话中保存在内存里，绝不写入磁盘；重新启动后会再次询问。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Use for This Session Only</source>
        <translation>仅在本次会话中使用(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry Keychain</source>
        <translation>重试密钥环(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/import/CsvReader.cpp" line="+29"/>
        <source>The file starts like UTF-8 but contains bytes that are not UTF-8.</source>
        <translation>文件开头是 UTF-8，但包含不属于 UTF-8 的字节。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is not valid UTF-16 text.</source>
        <translation>文件不是有效的 UTF-16 文本。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is not a text (CSV) file.</source>
        <translation>文件不是文本（CSV）文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is not UTF-8, and this system cannot read GB18030.</source>
        <translation>文件不是 UTF-8，而本系统无法读取 GB18030。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is neither UTF-8 nor GB18030 text. Save it as &quot;CSV UTF-8&quot;.</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本。请另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>第 %1 行：带引号的字段没有结束（缺少一个 &quot;）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: unexpected text after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>第 %1 行：右引号后有多余的文本；带引号的字段中的引号必须写两次（&quot;&quot;）。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is larger than 64 MB; split it into smaller files.</source>
        <translation>%1 大于 64 MB，请拆分为较小的文件。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../app/models/CsvWriter.cpp" line="+107"/>
        <source>The file is not open for writing.</source>
        <translation>文件未以写入方式打开。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message numerus="yes">
        <location filename="../app/cloud/DemoEnvironment.cpp" line="+37"/>
        <source>The demo emulator did not report its port within %n second(s).</source>
        <translation>
            <numerusform>演示模拟器在 %n 秒内没有报告端口。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The demo needs idconsole-emulator, which was found neither next to the console (%1) nor on PATH.</source>
        <translation>演示模式需要 idconsole-emulator，但在控制台所在目录（%1）和 PATH 中都没有找到。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not start the demo emulator: %1</source>
        <translation>无法启动演示模拟器：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the emulator crashed</source>
        <translation>模拟器崩溃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the emulator exited with code %1</source>
        <translation>模拟器已退出，退出码 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo emulator stopped before it was ready (%1).</source>
        <translation>演示模拟器在就绪前停止了（%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo emulator stopped (%1).</source>
        <translation>演示模拟器已停止（%1）。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Demo (Volcengine)</source>
        <translation>演示（火山引擎）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo (Alibaba Cloud)</source>
        <translation>演示（阿里云）</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../ui/widgets/DetailView.cpp" line="+144"/>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
</context>
<context>
    <name>DirectoryBackendBase</name>
    <message>
        <location filename="../app/cloud/DirectoryBackendBase.cpp" line="+37"/>
        <source>Not connected: choose a profile first.</source>
        <translation>未连接：请先选择一个配置。</translation>
    </message>
</context>
<context>
    <name>DirectoryLabels</name>
    <message>
        <location filename="../app/models/DirectoryLabels.cpp" line="+9"/>
        <location line="+18"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Synchronized</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Provisioning failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletion failed</source>
        <translation>删除失败</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep both</source>
        <translation>保留两者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take over</source>
        <translation>接管</translation>
    </message>
</context>
<context>
    <name>DirectoryPane</name>
    <message>
        <location filename="../ui/directory/DirectoryPane.cpp" line="+43"/>
        <source>Connect a profile first.</source>
        <translation>请先连接一个配置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This profile has neither Volcengine Cloud Identity nor Alibaba Cloud CloudSSO.</source>
        <translation>此配置既没有火山引擎云身份中心，也没有阿里云云 SSO。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>RequestId %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This profile has no directory service.</source>
        <translation>此配置没有目录服务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account has no CloudSSO directory.</source>
        <translation>此账号没有云 SSO 目录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading directories…</source>
        <translation>正在加载目录…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading more…</source>
        <translation>正在加载更多…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load every page: %1</source>
        <translation>无法加载全部页面：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectorySelector</name>
    <message>
        <location filename="../ui/directory/DirectorySelector.cpp" line="+84"/>
        <location line="+102"/>
        <source>Loading directories…</source>
        <translation>正在加载目录…</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+91"/>
        <source>Could not list the directories: %1</source>
        <translation>无法列出目录：%1</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+70"/>
        <source>This account has no CloudSSO directory.</source>
        <translation>此账号没有云 SSO 目录。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Directory:</source>
        <translation>目录(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CloudSSO directory this page works in</source>
        <translation>此页面所操作的云 SSO 目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the list of directories</source>
        <translation>重新加载目录列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload directories</source>
        <translation>重新加载目录</translation>
    </message>
</context>
<context>
    <name>DirectoryValidation</name>
    <message>
        <location filename="../app/cloud/DirectoryValidation.cpp" line="+25"/>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>%1过长：%2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot contain line breaks or control characters.</source>
        <translation>%1不能包含换行符或控制字符。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The e-mail address</source>
        <translation>电子邮箱地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an e-mail address (expected name@example.com).</source>
        <translation>“%1”不是电子邮箱地址（应为 name@example.com 的形式）。</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+30"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+1"/>
        <location line="+29"/>
        <source>The user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+1"/>
        <location line="+22"/>
        <location line="+1"/>
        <source>The display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+38"/>
        <location line="+23"/>
        <location line="+19"/>
        <source>The description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+38"/>
        <location line="+23"/>
        <location line="+19"/>
        <source>The description cannot contain control characters.</source>
        <translation>描述不能包含控制字符。</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A phone number may contain digits, a leading +, spaces, hyphens and parentheses only.</source>
        <translation>手机号码只能包含数字、开头的 +、空格、连字符和括号。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A CloudSSO user name may contain letters, digits and @ _ - . only.</source>
        <translation>云 SSO 用户名只能包含字母、数字和 @ _ - . 字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The status must be Enabled or Disabled.</source>
        <translation>状态必须是 Enabled（启用）或 Disabled（禁用）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>The first name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+22"/>
        <source>Enter a group name.</source>
        <translation>请输入用户组名称。</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+1"/>
        <location line="+22"/>
        <source>The group name</source>
        <translation>用户组名称</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The join type must be Manual or Auto.</source>
        <translation>加入方式必须是 Manual（手动）或 Auto（自动）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A CloudSSO group name may contain letters, digits and _ - . only.</source>
        <translation>云 SSO 用户组名称只能包含字母、数字和 _ - . 字符。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This field cannot be cleared through the API: enter a new value or leave it as it was.</source>
        <translation>此字段无法通过 API 清空：请输入新值或保持原值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed, so nothing is sent.</source>
        <translation>没有任何更改，因此不发送请求。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The field %1 cannot be updated.</source>
        <translation>字段 %1 无法更新。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name cannot be empty.</source>
        <translation>用户名不能为空。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password must be %1 to %2 characters long (it has %3).</source>
        <translation>密码长度必须为 %1 到 %2 个字符（当前为 %3 个）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password cannot contain control characters.</source>
        <translation>密码不能包含控制字符。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The search text is too long (at most %1 characters).</source>
        <translation>搜索文本过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CloudSSO searches the beginning of user names, which contain only letters, digits and @ _ - . characters.</source>
        <translation>云 SSO 按用户名开头搜索，用户名只包含字母、数字和 @ _ - . 字符。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CloudSSO searches the beginning of group names, which contain only letters, digits and _ - . characters.</source>
        <translation>云 SSO 按用户组名称开头搜索，名称只包含字母、数字和 _ - . 字符。</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <location filename="../app/api/ErrorCatalog.cpp" line="+318"/>
        <source>%1 (Server message: %2)</source>
        <translation>%1（服务端消息：%2）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The service rejected the request as invalid.</source>
        <translation>服务认为请求无效，已拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service could not authenticate the request.</source>
        <translation>服务无法验证请求的身份。</translation>
    </message>
    <message>
        <location line="-303"/>
        <location line="+304"/>
        <source>You are not authorized to perform this action.</source>
        <translation>请求未通过权限验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requested object was not found.</source>
        <translation>请求的对象不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request conflicts with the current state of the object.</source>
        <translation>请求与对象的当前状态冲突。</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+293"/>
        <source>The request is denied due to request throttling.</source>
        <translation>请求被限流</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Invalid request parameters: %1.</source>
        <translation>参数 %1 无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request parameters are invalid.</source>
        <translation>请求参数无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameter %1 is invalid: wrong type, length, enumeration value or format.</source>
        <translation>参数 %1 无效（包括参数类型错误、长度不合法、枚举值不合法、不满足正则规则等）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is invalid or malformed.</source>
        <translation>无效请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>The required parameter %1 is missing.</source>
        <translation>必填参数 %1 缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A required parameter (such as Action or Version) is missing.</source>
        <translation>缺少必填参数（例如 Action 或 Version）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is missing an action.</source>
        <translation>请求缺少Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The specified action is invalid.</source>
        <translation>不合法的Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request signature provided is incorrect.</source>
        <translation>签名缺失或错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>The access key ID provided is not valid.</source>
        <translation>不合法的Access Key Id</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>You are not authorized to perform %1 on resource %2.</source>
        <translation>无权对资源 %2 执行 %1 操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource not found: %1.</source>
        <translation>资源 %1 不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The resource was not found.</source>
        <translation>资源不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status conflict: %1.</source>
        <translation>状态冲突：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The resource is in a state that does not allow this operation.</source>
        <translation>状态冲突：资源的当前状态不允许此操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource already exists: %1.</source>
        <translation>资源 %1 已存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The resource already exists.</source>
        <translation>资源已存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed to parse document: %1.</source>
        <translation>文档解析失败：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service could not parse the request document.</source>
        <translation>文档解析失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota exceeded: %1.</source>
        <translation>配额 %1 已达上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quota has been exceeded.</source>
        <translation>配额已达上限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request processing has failed due to some unknown error.</source>
        <translation>服务内部发生未知错误，请求处理失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal server error: %1.</source>
        <translation>内部服务错误：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+291"/>
        <source>The service had an internal error.</source>
        <translation>服务内部错误</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Unknown internal error: %1</source>
        <translation>服务内部错误：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An error has occurred due to an unreachable service.</source>
        <translation>下游服务请求失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not implemented: %1.</source>
        <translation>功能未实现：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This function is not implemented by the service.</source>
        <translation>功能未实现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream unreachable: %1.</source>
        <translation>后端服务 %1 不可达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A back-end service is unreachable.</source>
        <translation>后端服务不可达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request has failed due to a temporary failure of the server.</source>
        <translation>服务不可用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concurrent request conflict.</source>
        <translation>存在请求并发冲突</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action %1 was performed too frequently. Try again later.</source>
        <translation>操作 %1 过于频繁，请稍后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action was performed too frequently. Try again later.</source>
        <translation>操作过于频繁，请稍后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input contains a sensitive word.</source>
        <translation>输入内容包含敏感词。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing parameter: %1.</source>
        <translation>参数缺省：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A required parameter is missing.</source>
        <translation>参数缺省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parameter %1 [%2] is invalid.</source>
        <translation>参数 %1 [%2] 无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A parameter is invalid.</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No permission to perform action %1 on resource %2.</source>
        <translation>没有接口权限：无权对资源 %2 执行操作 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No permission to call this API.</source>
        <translation>没有接口权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Cloud Identity instance is not available: cannot perform action %1 while the service is %2.</source>
        <translation>企业身份中心实例不可用：服务状态为 %2 时不能执行操作 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Cloud Identity instance is not available.</source>
        <translation>企业身份中心实例不可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users created by synchronization cannot be deleted.</source>
        <translation>不允许删除通过同步创建的用户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user still has user provisionings.</source>
        <translation>该用户仍有用户授权任务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user provisioning does not exist.</source>
        <translation>用户授权任务不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot perform action %1 while the user provisioning is in status %2.</source>
        <translation>用户授权任务处于 [%2] 状态，不可调用 [%1] 方法来操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user provisioning is in a status that does not allow this action.</source>
        <translation>用户授权任务当前的状态不允许此操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot perform action %1 while the provisioning event is in status %2.</source>
        <translation>用户授权记录状态为 %2，不可通过方法 %1 进行操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provisioning event is in a status that does not allow this action.</source>
        <translation>用户授权记录当前的状态不允许此操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No permission to perform action %1.</source>
        <translation>无权执行操作 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permission denied.</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user was not found.</source>
        <translation>用户不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User provisioning is not found.</source>
        <translation>用户授权任务不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provisioning event was not found.</source>
        <translation>授权记录不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The principal of the user provisioning was not found.</source>
        <translation>授权任务对象不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group member was not found.</source>
        <translation>用户组成员不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>The group %1 already exists.</source>
        <translation>用户组 %1 已经存在</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>The group already exists.</source>
        <translation>用户组已经存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A retry task for this provisioning event already exists.</source>
        <translation>用户授权任务已经存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>The number of %1 has reached its quota.</source>
        <translation>%1 数量达到最大额度</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>A quota limit has been reached.</source>
        <translation>数量达到最大额度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request carries no authentication information.</source>
        <translation>请求缺少身份验证信息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is missing required information such as the access key, service or region.</source>
        <translation>请求缺少必要信息（例如 AccessKey、服务或地域）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request has no signature.</source>
        <translation>请求缺少签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request signature has expired or its time is invalid. Check that this computer&apos;s clock is correct.</source>
        <translation>签名已过期或签名时间无效，请检查本机时钟是否准确。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service was not found.</source>
        <translation>服务不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation %1 was not found for API version %2.</source>
        <translation>API 版本 %2 中找不到操作 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The action or API version is invalid.</source>
        <translation>操作（Action）或 API 版本无效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access key is invalid.</source>
        <translation>AccessKey 无效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request signature does not match. Check the secret access key and this computer&apos;s clock.</source>
        <translation>签名不匹配，请检查 AccessKey Secret 和本机时钟。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sub-account lacks a policy that allows this action.</source>
        <translation>子账号缺少允许此操作的权限策略。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The security token is invalid or has expired.</source>
        <translation>安全令牌（STS Token）无效或已过期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory does not exist.</source>
        <translation>目录不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user does not exist.</source>
        <translation>用户不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group does not exist.</source>
        <translation>用户组不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The RAM user provisioning does not exist.</source>
        <translation>RAM 用户同步不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provisioning event does not exist.</source>
        <translation>同步记录不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user is not a member of the group.</source>
        <translation>该用户不是此用户组的成员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The specified %1 does not exist.</source>
        <translation>指定的 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user cannot be deleted while it still has access assignments.</source>
        <translation>该用户仍有访问权限分配，无法删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group cannot be deleted while it still has access assignments.</source>
        <translation>该用户组仍有访问权限分配，无法删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The object cannot be deleted because it is still in use (%1).</source>
        <translation>对象仍在使用中，无法删除（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An asynchronous task is still running. Try again later.</source>
        <translation>有异步任务正在运行，请稍后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A RAM user with the same name already exists.</source>
        <translation>已存在同名的 RAM 用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation conflicts with another operation (%1). Try again later.</source>
        <translation>操作与其他操作冲突（%1），请稍后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request signature does not conform to Alibaba Cloud standards.</source>
        <translation>请求签名不符合阿里云规范。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access key was not found.</source>
        <translation>AccessKey 不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The access key is disabled.</source>
        <translation>AccessKey 已被禁用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature nonce was already used.</source>
        <translation>签名随机数（Nonce）已被使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request time stamp has expired (more than 15 minutes of clock difference). Check that this computer&apos;s clock is correct.</source>
        <translation>请求时间戳已过期（与服务器时间相差超过 15 分钟），请检查本机时钟是否准确。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request time stamp is not well formatted.</source>
        <translation>请求时间戳格式不正确。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request time stamp is invalid. Check that this computer&apos;s clock is correct.</source>
        <translation>请求时间戳无效，请检查本机时钟是否准确。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API version is not valid.</source>
        <translation>API 版本无效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API was not found. Check the URL and method.</source>
        <translation>找不到指定的 API，请检查 URL 和请求方法。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>You are not authorized to perform %1.</source>
        <translation>无权执行 %1 操作。</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>You are not authorized to perform this operation.</source>
        <translation>无权执行此操作。</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>The service reported an error.</source>
        <translation>服务返回了错误。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused the connection. Check the endpoint address and port.</source>
        <translation>服务器拒绝了连接，请检查接入地址和端口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name could not be resolved (DNS lookup failed). Check the endpoint address and the network connection.</source>
        <translation>无法解析服务器域名（DNS 查询失败），请检查接入地址和网络连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection failed: the server&apos;s TLS certificate is invalid or not trusted.</source>
        <translation>安全连接失败：服务器的 TLS 证书无效或不受信任。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>服务器意外关闭了连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection was reset.</source>
        <translation>连接被重置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy server could not be used. Check the proxy settings.</source>
        <translation>无法使用代理服务器，请检查代理设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is not available.</source>
        <translation>网络不可用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>The server did not answer in time.</source>
        <translation>服务器未能及时响应。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>A network error occurred.</source>
        <translation>发生网络错误。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>服务器在 %n 秒内没有响应。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service returned the same page token twice, so reading the list stopped.</source>
        <translation>服务两次返回了相同的分页令牌（NextToken），已停止读取列表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service answered with an empty body.</source>
        <translation>服务返回了空的响应。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer could not be understood (it is not the expected JSON). A proxy or firewall may have answered instead of the service.</source>
        <translation>无法解析服务器的响应（不是预期的 JSON）。可能是代理或防火墙代替服务作出了响应。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No access key is set for this profile.</source>
        <translation>此配置尚未设置 AccessKey。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was not sent because its input is invalid.</source>
        <translation>输入无效，请求未发送。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change may or may not have been made: check before repeating it.</source>
        <translation>更改可能已经生效，也可能没有：重复操作前请先核实。</translation>
    </message>
</context>
<context>
    <name>ExistingUserLookup</name>
    <message>
        <location filename="../app/import/ExistingUserLookup.cpp" line="+92"/>
        <location line="+78"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Searching for “%1” matched too many users to check.</source>
        <translation>搜索“%1”匹配的用户太多，无法核对。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>FormErrorPresenter</name>
    <message>
        <location filename="../ui/widgets/FormErrorPresenter.cpp" line="+149"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RequestId: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../ui/directory/GroupDialog.cpp" line="+48"/>
        <source>New group</source>
        <translation>新建用户组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit group %1</source>
        <translation>编辑用户组 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group &amp;name:</source>
        <translation>用户组名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join type:</source>
        <translation>加入方式(&amp;J)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual: members are added by hand</source>
        <translation>手动：手动添加成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: members join by rule</source>
        <translation>自动：成员按规则加入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The join type cannot be changed after the group is created.</source>
        <translation>用户组创建后不能更改加入方式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters, digits and _ - .</source>
        <translation>字母、数字和 _ - .</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud Identity cannot rename a group.</source>
        <translation>云身份中心不能重命名用户组。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Creating the group…</source>
        <translation>正在创建用户组…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service may have saved the change anyway. Refresh the list before trying again.</source>
        <translation>服务可能已经保存了更改。请先刷新列表再重试。</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../app/models/GroupListModel.cpp" line="+9"/>
        <source>Group name</source>
        <translation>用户组名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join type</source>
        <translation>加入方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group ID</source>
        <translation>用户组 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>GroupMemberModel</name>
    <message>
        <location filename="../app/models/GroupMemberModel.cpp" line="+9"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
</context>
<context>
    <name>GroupsPane</name>
    <message>
        <location filename="../ui/directory/GroupsPane.cpp" line="+51"/>
        <source>Groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+549"/>
        <source>user ID(s)</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="-393"/>
        <source>Connect a profile to see its groups.</source>
        <translation>请连接一个配置以查看其用户组。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Loading groups…</source>
        <translation>正在加载用户组…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No group matches “%1”.</source>
        <translation>没有与“%1”匹配的用户组。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This directory has no groups yet.</source>
        <translation>此目录中还没有用户组。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+447"/>
        <source>New group…</source>
        <translation>新建用户组…</translation>
    </message>
    <message numerus="yes">
        <location line="-446"/>
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n 个用户组。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select one group to see its members.</source>
        <translation>请只选择一个用户组以查看其成员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a group to see its members.</source>
        <translation>选择一个用户组以查看其成员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members (loading…)</source>
        <translation>成员（正在加载…）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members (%1)</source>
        <translation>成员（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading members…</source>
        <translation>正在加载成员…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group has no members.</source>
        <translation>此用户组没有成员。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+434"/>
        <source>Add members…</source>
        <translation>添加成员…</translation>
    </message>
    <message numerus="yes">
        <location line="-356"/>
        <source>%n groups selected.</source>
        <translation>
            <numerusform>已选择 %n 个用户组。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a group to see the details.</source>
        <translation>选择一个用户组以查看详情。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group name</source>
        <translation>用户组名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join type</source>
        <translation>加入方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group ID</source>
        <translation>用户组 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Created group %1.</source>
        <translation>已创建用户组 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved group %1.</source>
        <translation>已保存用户组 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete the group “%1”? This cannot be undone.</source>
        <translation>删除用户组“%1”吗？此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>It still has %n member(s): CloudSSO refuses to delete a group with members, so remove them first.</source>
        <translation>
            <numerusform>该用户组仍有 %n 个成员：云 SSO 不允许删除有成员的用户组，请先移除成员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its %n member(s) will lose this membership.</source>
        <translation>
            <numerusform>其 %n 个成员将不再属于此用户组。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CloudSSO refuses to delete a group that still has members or access assignments. Remove its members (and its access assignments) first, then delete it again.</source>
        <translation>云 SSO 不允许删除仍有成员或访问权限分配的用户组。请先移除其成员（及其访问权限分配），然后再删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cloud Identity refuses to delete a group that is still provisioned to member accounts. Delete the group&apos;s user provisionings first, then delete it again.</source>
        <translation>云身份中心不允许删除仍同步到成员账号的用户组。请先删除该用户组的用户授权任务，然后再删除。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Some groups were not deleted</source>
        <translation>部分用户组未删除</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Search groups</source>
        <translation>搜索用户组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searches the whole directory on the server, not only the loaded rows; the loaded rows are filtered at once (Ctrl+F)</source>
        <translation>在服务端搜索整个目录，而不只是已加载的行；已加载的行会立即筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members of the selected group</source>
        <translation>所选用户组的成员</translation>
    </message>
    <message numerus="yes">
        <location line="-310"/>
        <source>Delete these %n groups? This cannot be undone.</source>
        <translation>
            <numerusform>删除这 %n 个用户组吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete groups</source>
        <translation>删除用户组</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+281"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>The group “%1” was not deleted.</source>
        <translation>用户组“%1”未被删除。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The group %1 no longer exists.</source>
        <translation>用户组 %1 已不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Could not delete the group</source>
        <translation>无法删除用户组</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Deleted group %1.</source>
        <translation>已删除用户组 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Deleting %n groups</source>
        <translation>
            <numerusform>正在删除 %n 个用户组</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1 of %2 groups.</source>
        <translation>已删除 %2 个用户组中的 %1 个。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Could not add the member</source>
        <translation>无法添加成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not added to %2.</source>
        <translation>%1 未被添加到 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1 to %2.</source>
        <translation>已将 %1 添加到 %2。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Adding %n members to %1</source>
        <translation>
            <numerusform>正在向 %1 添加 %n 个成员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added %1 of %2 members.</source>
        <translation>已添加 %2 个成员中的 %1 个。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove %1 from the group “%2”?</source>
        <translation>从用户组“%2”中移除 %1 吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n members from the group “%1”?</source>
        <translation>
            <numerusform>从用户组“%1”中移除 %n 个成员吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove members</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+112"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Could not remove the member</source>
        <translation>无法移除成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not removed from %2.</source>
        <translation>%1 未从 %2 中移除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed %1 from %2.</source>
        <translation>已将 %1 从 %2 中移除。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Removing %n members from %1</source>
        <translation>
            <numerusform>正在从 %1 中移除 %n 个成员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed %1 of %2 members.</source>
        <translation>已移除 %2 个成员中的 %1 个。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>group ID(s)</source>
        <translation>用户组 ID</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Create a group (Ctrl+N)</source>
        <translation>创建用户组（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected groups (Delete)</source>
        <translation>删除所选用户组（Delete）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy group ID</source>
        <translation>复制用户组 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected members from the group</source>
        <translation>从用户组中移除所选成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy user ID</source>
        <translation>复制用户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search groups… (Ctrl+F)</source>
        <translation>搜索用户组…（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>IdentityProviderColumns</name>
    <message>
        <location filename="../app/models/IdentityProviderColumns.cpp" line="+9"/>
        <source>Identity provider</source>
        <translation>身份源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection ID</source>
        <translation>连接 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How the pool talks to the provider (OIDC, SAML, OAuth …)</source>
        <translation>用户池与身份源之间使用的协议（OIDC、SAML、OAuth …）</translation>
    </message>
</context>
<context>
    <name>IdentityProviderDialog</name>
    <message>
        <location filename="../ui/pools/IdentityProviderDialog.cpp" line="+73"/>
        <source>Add OIDC identity provider</source>
        <translation>添加 OIDC 身份源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users of this pool can sign in with an account of another OpenID Connect provider. Register the pool&apos;s OIDC callback URL (in the pool&apos;s details) with that provider first; it gives you the client ID and secret.</source>
        <translation>用户池的用户可以使用其他 OpenID Connect 提供方的账号登录。请先在该提供方登记用户池的 OIDC 回调地址（见用户池详情），提供方会给出客户端 ID 和密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit identity provider — %1</source>
        <translation>编辑身份源 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes apply to the identity provider %1 (%2). Only the fields you change are sent.</source>
        <translation>修改将应用于身份源 %1（%2）。只发送您修改过的字段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged — type a new secret to replace it</source>
        <translation>保持不变 — 输入新密钥即可替换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name (required):</source>
        <translation>名称（必填）(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Corporate SSO</source>
        <translation>例如：企业单点登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issuer URL:</source>
        <translation>颁发者 URL(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider&apos;s issuer; its discovery document is at &lt;issuer&gt;/.well-known/openid-configuration</source>
        <translation>提供方的颁发者（Issuer）；其发现文档位于 &lt;issuer&gt;/.well-known/openid-configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Client ID:</source>
        <translation>客户端 ID(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>客户端密钥(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write-only: the console never shows a stored secret.</source>
        <translation>只写：控制台从不显示已保存的密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enabled (users can sign in with it)</source>
        <translation>启用（用户可以通过它登录）(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map user attributes from the ID &amp;token</source>
        <translation>从 ID 令牌映射用户属性(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the user&apos;s profile from the ID token&apos;s claims instead of the userinfo endpoint.</source>
        <translation>从 ID 令牌的声明中读取用户资料，而不是调用 userinfo 端点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;PKCE</source>
        <translation>使用 PKCE(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof Key for Code Exchange: recommended unless the provider does not support it.</source>
        <translation>授权码交换证明密钥（PKCE）：建议开启，除非提供方不支持。</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Reading the identity provider…</source>
        <translation>正在读取身份源…</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Enter a name first.</source>
        <translation>请先输入名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has changed.</source>
        <translation>没有任何修改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server did not confirm the request: the identity provider may have been created anyway. Refresh the list before trying again.</source>
        <translation>服务器未确认该请求：身份源可能已经创建。请先刷新列表再重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not confirm the request: the change may have been applied anyway.</source>
        <translation>服务器未确认该请求：修改可能已经生效。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Adding the identity provider…</source>
        <translation>正在添加身份源…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>IdentityProvidersPane</name>
    <message>
        <location filename="../ui/pools/IdentityProvidersPane.cpp" line="+36"/>
        <source>Identity providers</source>
        <translation>身份源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity providers</source>
        <translation>身份源</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n identity provider(s) in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 个身份源。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>This pool has no identity providers: its users sign in with the pool&apos;s own accounts only.</source>
        <translation>此用户池没有身份源：用户只能使用用户池自己的账号登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection ID(s)</source>
        <translation>连接 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add OIDC provider</source>
        <translation>添加 OIDC 身份源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an OpenID Connect identity provider to this pool (Ctrl+N)</source>
        <translation>为此用户池添加 OpenID Connect 身份源（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Delete the selected identity provider (Delete)</source>
        <translation>删除所选身份源（Delete）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy connection ID</source>
        <translation>复制连接 ID</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only OIDC providers can be edited here (this one is %1).</source>
        <translation>此处只能编辑 OIDC 身份源（此身份源为 %1）。</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Edit the selected OIDC identity provider</source>
        <translation>编辑所选 OIDC 身份源</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n identity providers selected.</source>
        <translation>
            <numerusform>已选择 %n 个身份源。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an identity provider to see its settings.</source>
        <translation>选择一个身份源以查看其设置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection ID</source>
        <translation>连接 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Issuer URL</source>
        <translation>颁发者 URL</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set (never shown)</source>
        <translation>已设置（从不显示）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map attributes from the ID token</source>
        <translation>从 ID 令牌映射属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scopes</source>
        <translation>权限范围（Scopes）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This console edits OIDC providers only; use the cloud console for %1.</source>
        <translation>本控制台只能编辑 OIDC 身份源；%1 请在云控制台中设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this protocol</source>
        <translation>此协议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity provider</source>
        <translation>身份源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+64"/>
        <source>The identity provider %1 no longer exists.</source>
        <translation>身份源 %1 已不存在。</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Could not read the identity provider: %1</source>
        <translation>无法读取身份源：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Added identity provider %1.</source>
        <translation>已添加身份源 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved identity provider %1.</source>
        <translation>已保存身份源 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete identity provider</source>
        <translation>删除身份源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the identity provider %1 (%2) from the pool %3?</source>
        <translation>从用户池 %3 中删除身份源 %1（%2）？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users who sign in through it can no longer do so. This cannot be undone.</source>
        <translation>通过它登录的用户将无法再登录。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted identity provider %1.</source>
        <translation>已删除身份源 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not delete the identity provider</source>
        <translation>无法删除身份源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The identity provider %1 was not deleted.</source>
        <translation>身份源 %1 未被删除。</translation>
    </message>
</context>
<context>
    <name>ImportBulkTarget</name>
    <message>
        <location filename="../app/import/ImportBulkTarget.cpp" line="+72"/>
        <location line="+73"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>This operation is not an import.</source>
        <translation>此操作不是导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user was given.</source>
        <translation>未指定用户。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No CloudSSO directory is selected.</source>
        <translation>未选择云 SSO 目录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No user pool was given.</source>
        <translation>未指定用户池。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was changed.</source>
        <translation>没有任何更改。</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <location filename="../app/import/ImportPlanner.cpp" line="+16"/>
        <source>The file is empty. The first line must name the columns: %1.</source>
        <translation>文件为空。第一行必须是列名：%1。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown column(s): %1.</source>
        <translation>未知的列：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column(s) given more than once: %1.</source>
        <translation>重复的列：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required column(s) missing: %1.</source>
        <translation>缺少必需的列：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The columns are: %1 (download the template).</source>
        <translation>可用的列为：%1（请下载模板）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The row has more cells than the header has columns (%1 extra).</source>
        <translation>此行的单元格比表头的列多（多出 %1 个）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is already in row %2 of this file.</source>
        <translation>“%1”已在本文件第 %2 行出现。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file has a header but no user rows.</source>
        <translation>文件只有表头，没有用户行。</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The user exists (unchanged).</source>
        <translation>用户已存在（无变化）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user exists; not updated (differs in %1).</source>
        <translation>用户已存在；未更新（%1 不同）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes: %1.</source>
        <translation>变更：%1。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../app/models/ImportPreviewModel.cpp" line="+78"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To create</source>
        <translation>待创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To update</source>
        <translation>待更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would create</source>
        <translation>将创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would update</source>
        <translation>将更新</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Changed: %1</source>
        <translation>已变更：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <location filename="../app/import/ImportRun.cpp" line="+83"/>
        <source>Could not check which users exist, so nothing was imported: %1</source>
        <translation>无法核对哪些用户已存在，因此未导入任何内容：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent: the import was cancelled.</source>
        <translation>未发送：导入已取消。</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 It may or may not have been applied: check before importing this row again.</source>
        <translation>%1 此操作可能已生效，也可能未生效：再次导入此行之前请先核对。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dry run: %1 row(s): %2 would be created, %3 would be updated, %4 skipped, %5 invalid%6.</source>
        <translation>试运行：共 %1 行：将创建 %2 个，将更新 %3 个，跳过 %4 个，无效 %5 个%6。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1 failed</source>
        <translation>，失败 %1 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 row(s): %2 created, %3 updated, %4 skipped, %5 invalid, %6 failed, %7 cancelled.</source>
        <translation>共 %1 行：已创建 %2 个，已更新 %3 个，跳过 %4 个，无效 %5 个，失败 %6 个，已取消 %7 个。</translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <location filename="../app/import/ImportTarget.cpp" line="+57"/>
        <source>Write true or false.</source>
        <translation>请填写 true 或 false。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a PreferredUsername or an Email: the import recognises existing users by them.</source>
        <translation>请填写 PreferredUsername 或 Email：导入时据此识别已存在的用户。</translation>
    </message>
</context>
<context>
    <name>ImportUsersDialog</name>
    <message>
        <location filename="../ui/directory/ImportUsersDialog.cpp" line="+77"/>
        <source>user pool %1</source>
        <translation>用户池 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CloudSSO</source>
        <translation>云 SSO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cloud Identity</source>
        <translation>云身份中心</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Import users into %1</source>
        <translation>导入用户到%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create many pool users at once from a CSV file (UTF-8 or GB18030, as spreadsheets save it). The first line names the columns: %1. Every row is checked like the New user form before anything is sent and needs a PreferredUsername or an Email; users that already exist (same PreferredUsername, or same Email when the row has no PreferredUsername) are skipped, or updated if you choose so.</source>
        <translation>从 CSV 文件一次创建多个用户池用户（UTF-8 或 GB18030，即电子表格保存的格式）。第一行为列名：%1。发送之前，每一行都会按“新建用户”表单的规则检查，并且必须填写 PreferredUsername 或 Email；已存在的用户（PreferredUsername 相同，或该行没有 PreferredUsername 时 Email 相同）会被跳过，或按您的选择进行更新。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create many users at once from a CSV file (UTF-8 or GB18030, as spreadsheets save it). The first line names the columns: %1. Every row is checked like the New user form before anything is sent; users that already exist (same UserName) are skipped, or updated if you choose so.</source>
        <translation>从 CSV 文件一次创建多个用户（UTF-8 或 GB18030，即电子表格保存的格式）。第一行为列名：%1。发送之前，每一行都会按“新建用户”表单的规则检查；已存在的用户（UserName 相同）会被跳过，或按您的选择进行更新。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV &amp;file:</source>
        <translation>CSV 文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of a .csv file</source>
        <translation>.csv 文件的路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a CSV file</source>
        <translation>浏览选择 CSV 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load and check the file</source>
        <translation>加载并检查文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an empty template with the columns</source>
        <translation>保存只含列名的空模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of the file</source>
        <translation>文件中的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only rows with &amp;problems</source>
        <translation>只显示有问题的行(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update existing users (changed, non-empty cells only)</source>
        <translation>更新已存在的用户(&amp;U)（仅限有变化的非空单元格）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update existing users</source>
        <translation>更新已存在的用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without this, users that already exist are skipped. An empty cell never clears a value.</source>
        <translation>不勾选时，已存在的用户会被跳过。空单元格不会清除已有的值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import summary</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File check result</source>
        <translation>文件检查结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export failed rows…</source>
        <translation>导出失败的行(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed rows as CSV</source>
        <translation>将失败的行导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dry run</source>
        <translation>试运行(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run: check against the directory, write nothing</source>
        <translation>试运行：与目录核对，不写入任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks up which users exist and shows what an import would do. Writes nothing.</source>
        <translation>查询哪些用户已存在，并显示导入将执行的操作。不写入任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the valid rows</source>
        <translation>导入有效的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No file loaded. Start from the template if you do not have a file yet.</source>
        <translation>尚未加载文件。如果还没有文件，请从模板开始。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 无法导入：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2): %3 row(s), %4 valid, %5 invalid.</source>
        <translation>%1（%2）：共 %3 行，有效 %4 行，无效 %5 行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Import %1 valid row(s) into %2? New users are created; existing users are updated where a non-empty cell differs. %3 invalid row(s) are left out.</source>
        <translation>将 %1 个有效行导入到%2？将创建新用户；已存在的用户会在非空单元格不同时更新。%3 个无效行不会导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import %1 valid row(s) into %2? New users are created; existing users are skipped. %3 invalid row(s) are left out.</source>
        <translation>将 %1 个有效行导入到%2？将创建新用户；已存在的用户会被跳过。%3 个无效行不会导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import users</source>
        <translation>导入用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking which users already exist…</source>
        <translation>正在核对哪些用户已存在…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <source>Cancelling: waiting for the writes already sent…</source>
        <translation>正在取消：等待已发送的写操作完成…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Importing… %1 of %2 written.</source>
        <translation>正在导入… 已写入 %1 / %2。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 write(s) may or may not have happened: refresh the list before importing those rows again.</source>
        <translation>%1 个写操作可能已生效，也可能未生效：再次导入这些行之前请先刷新列表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the failed rows, fix them and import that file.</source>
        <translation>请导出失败的行，修正后再导入该文件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+16"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+16"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Template saved to %1.</source>
        <translation>模板已保存到 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Export failed rows</source>
        <translation>导出失败的行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed rows saved to %1. Fix them there and import that file; the Error column is ignored.</source>
        <translation>失败的行已保存到 %1。请在该文件中修正后再导入；Error 列会被忽略。</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <location filename="../app/credentials/KeychainCredentialStore.cpp" line="+23"/>
        <source>System keychain</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No secret key is saved in the system keychain for profile “%1” yet.</source>
        <translation>系统密钥环中尚未保存配置“%1”的 AccessKey Secret。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain refused access (it may be locked). Unlock it (for example in Passwords and Keys / KWallet Manager) and try again, or use the key for this session only.</source>
        <translation>系统密钥环拒绝访问（可能已锁定）。请将其解锁（例如在“密码和密钥”或 KWallet 管理器中）后重试，或仅在本次会话中使用该密钥。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No usable system keychain answered. Start and unlock a Secret Service provider (GNOME Keyring or KWallet) in your desktop session and try again, or use the key for this session only. Identity Console never stores secrets in plain text.</source>
        <translation>没有可用的系统密钥环响应。请在桌面会话中启动并解锁 Secret Service 服务（GNOME 密钥环或 KWallet）后重试，或仅在本次会话中使用该密钥。身份管理控制台绝不以明文保存密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keychain reported an unknown error.</source>
        <translation>系统密钥环报告了未知错误。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keychain entry of profile “%1” does not hold a secret key this version can read.</source>
        <translation>配置“%1”的密钥环条目中没有此版本可读取的 AccessKey Secret。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the secret key again to replace the entry.</source>
        <translation>请重新输入 AccessKey Secret 以替换该条目。</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../ui/widgets/ListPane.cpp" line="+86"/>
        <source>This list cannot be exported.</source>
        <translation>此列表无法导出。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Copied %n %1.</source>
        <translation>
            <numerusform>已复制 %n 个%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID(s)</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>%1 toolbar</source>
        <translation>%1工具栏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search %1</source>
        <translation>搜索%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 list</source>
        <translation>%1列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 list state</source>
        <translation>%1列表状态</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+71"/>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Guangzhou</source>
        <translation>广州</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seoul</source>
        <translation>首尔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silicon Valley</source>
        <translation>硅谷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frankfurt</source>
        <translation>法兰克福</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No usable secret for %1</source>
        <translation>%1 没有可用的密钥</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>User pools</source>
        <translation>用户池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAU</source>
        <translation>月活跃用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provisioning events</source>
        <translation>授权记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload the current page (F5)</source>
        <translation>重新加载当前页面（F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter…</source>
        <translation>筛选(&amp;F)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter the current list (Ctrl+F)</source>
        <translation>筛选当前列表（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create an item on the current page (Ctrl+N)</source>
        <translation>在当前页面新建一项（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected item (Delete)</source>
        <translation>删除所选项（Delete）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selection (Ctrl+C)</source>
        <translation>复制所选内容（Ctrl+C）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export current page as CSV…</source>
        <translation>将当前页面导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manage profiles…</source>
        <translation>管理配置(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Identity Console</source>
        <translation>关于身份管理控制台(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;navigation</source>
        <translation>显示导航栏(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>The region of this session (the profile keeps its own)</source>
        <translation>本次会话使用的地域（配置中保存的地域不变）</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pages of the console (Ctrl+1, Ctrl+2, … open them directly)</source>
        <translation>控制台的各个页面（Ctrl+1、Ctrl+2…可直接打开）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No page is available in this build.</source>
        <translation>此版本中没有可用的页面。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last RequestId — click to copy it</source>
        <translation>最近的请求 ID — 单击复制</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+250"/>
        <source>Last error: %1</source>
        <translation>最近的错误：%1</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Not available in this build yet.</source>
        <translation>此版本中尚不可用。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>That page is not available for this profile.</source>
        <translation>此配置无法使用该页面。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Identity Console — Demo</source>
        <translation>身份管理控制台 — 演示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity Console — %1</source>
        <translation>身份管理控制台 — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity Console</source>
        <translation>身份管理控制台</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 个请求进行中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+39"/>
        <source>RequestId: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Copied RequestId %1.</source>
        <translation>已复制请求 ID %1。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call: %1 %2</source>
        <translation>调用：%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page “%1” cannot be exported.</source>
        <translation>页面“%1”不能导出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Demo mode: a local emulator answers every request; nothing leaves this machine.</source>
        <translation>演示模式：所有请求都由本地模拟器应答，数据不会离开本机。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo could not start</source>
        <translation>无法启动演示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo emulator stopped</source>
        <translation>演示模拟器已停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the demo emulator…</source>
        <translation>正在启动演示模拟器…</translation>
    </message>
</context>
<context>
    <name>MauCache</name>
    <message>
        <location filename="../app/cloud/MauCache.cpp" line="+31"/>
        <source>The MAU cache file was damaged</source>
        <translation>MAU 缓存文件已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MAU cache file belonged to something else</source>
        <translation>MAU 缓存文件属于其他程序</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The Qt SQLite driver is not installed; MAU figures are not cached.</source>
        <translation>未安装 Qt SQLite 驱动，MAU 数据不会缓存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The MAU cache cannot be opened: %1</source>
        <translation>无法打开 MAU 缓存：%1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The MAU cache cannot be created: %1</source>
        <translation>无法创建 MAU 缓存：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 and was set aside as %2; a new cache was started.</source>
        <translation>%1，已另存为 %2，并新建了缓存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and could not be set aside; MAU figures are not cached.</source>
        <translation>%1，且无法移开，MAU 数据不会缓存。</translation>
    </message>
</context>
<context>
    <name>MauChartView</name>
    <message>
        <location filename="../ui/mau/MauChartView.cpp" line="+282"/>
        <source>Monthly active users</source>
        <translation>月活跃用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active users</source>
        <translation>活跃用户</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed month</source>
        <translation>加载失败的月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend (estimate for %1: %2)</source>
        <translation>趋势（%1 预估：%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 allowance</source>
        <translation>%1 额度</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No figure: the service did not report this pool for this month.</source>
        <translation>无数据：服务未返回该用户池当月的数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>%1 monthly active users</source>
        <translation>月活跃用户 %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>%1 from %2</source>
        <translation>较 %2 %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>New since %1</source>
        <translation>自 %1 起新增</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be loaded.</source>
        <translation>%1 无法加载。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · total of the pools shown</source>
        <translation>%1 · 所示用户池合计</translation>
    </message>
</context>
<context>
    <name>MauDataSet</name>
    <message>
        <location filename="../app/models/MauDataSet.cpp" line="+64"/>
        <source>%1 (to date)</source>
        <translation>%1（截至目前）</translation>
    </message>
</context>
<context>
    <name>MauLoader</name>
    <message>
        <location filename="../app/cloud/MauLoader.cpp" line="+75"/>
        <source>At most %1 months can be shown at once; %2 were asked for.</source>
        <translation>一次最多显示 %1 个月，请求了 %2 个月。</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The service answered for %1 instead of %2.</source>
        <translation>服务返回的是 %1 的数据，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>MauPane</name>
    <message>
        <location filename="../ui/mau/MauPane.cpp" line="+412"/>
        <source>Loading was cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Loading monthly active users was cancelled.</source>
        <translation>已取消加载月活跃用户。</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Connect a Volcengine profile to see monthly active users.</source>
        <translation>请连接火山引擎配置以查看月活跃用户。</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Monthly active users</source>
        <translation>月活跃用户</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect a profile first.</source>
        <translation>请先连接一个配置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly active users belong to Volcengine Agent Identity; this profile has no such service.</source>
        <translation>月活跃用户属于火山引擎智能体身份服务，此配置没有该服务。</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>No user pools selected.</source>
        <translation>未选择用户池。</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Loading monthly active users…</source>
        <translation>正在加载月活跃用户…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No user pools yet</source>
        <translation>还没有用户池</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Show all pools</source>
        <translation>显示所有用户池</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+51"/>
        <source>At most %1 months are shown at once.</source>
        <translation>一次最多显示 %1 个月。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading month %1 of %2…</source>
        <translation>正在加载第 %1 个月，共 %2 个月…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+345"/>
        <source>Months to show</source>
        <translation>要显示的月份</translation>
    </message>
    <message>
        <location line="-556"/>
        <source>Monthly active users: %1 of %2 months could not be loaded.</source>
        <translation>月活跃用户：%2 个月中有 %1 个月无法加载。</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Pools: %1</source>
        <translation>用户池：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 months could not be loaded (marked ⚠)</source>
        <translation>%2 个月中有 %1 个月无法加载（标记为 ⚠）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last %1 months</source>
        <translation>最近 %1 个月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;to</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First month (YYYY-MM)</source>
        <translation>起始月份（YYYY-MM）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month (YYYY-MM)</source>
        <translation>结束月份（YYYY-MM）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tacked</source>
        <translation>堆叠(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack the pools&apos; bars instead of grouping them</source>
        <translation>将各用户池的柱形堆叠显示，而不是并排分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading</source>
        <translation>停止加载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the pools and their monthly active users again (F5)</source>
        <translation>重新加载用户池及其月活跃用户（F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart as a PNG image</source>
        <translation>将图表保存为 PNG 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the table as a CSV file</source>
        <translation>将表格保存为 CSV 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a monthly report (PDF) with the chart, totals, changes, trends and allowances</source>
        <translation>保存月度报告（PDF），含图表、合计、变化、趋势和额度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the monthly report (with a preview)</source>
        <translation>打印月度报告（可预览）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hare</source>
        <translation>占比(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each pool&apos;s percent of the month&apos;s total in the table</source>
        <translation>在表格中显示各用户池占当月合计的百分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Allowance:</source>
        <translation>额度(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User pool whose monthly MAU allowance is edited</source>
        <translation>要设置月 MAU 额度的用户池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly MAU allowance of the pool (the plan&apos;s limit); 0 = none. Months above it are flagged.</source>
        <translation>用户池的月 MAU 额度（套餐上限）；0 表示不设。超出额度的月份会被标出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the month&apos;s total</source>
        <translation>占当月合计的比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+317"/>
        <source>Allowance pool</source>
        <translation>额度用户池</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>Monthly MAU allowance</source>
        <translation>月 MAU 额度</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no chart to export yet.</source>
        <translation>还没有可导出的图表。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>There is no table to export yet.</source>
        <translation>还没有可导出的表格。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table saved to %1</source>
        <translation>表格已保存到 %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy RequestId</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>There is nothing to report yet.</source>
        <translation>暂无可生成报告的数据。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Language of the report:</source>
        <translation>报告语言：</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <location line="+12"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Print report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly active users chart</source>
        <translation>月活跃用户图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly active users by user pool</source>
        <translation>各用户池的月活跃用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user pool whose monthly allowance is edited</source>
        <translation>要编辑其每月额度的用户池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly allowance</source>
        <translation>每月额度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s MAU allowance of the chosen pool; 0 means none</source>
        <translation>所选用户池在套餐中的月活跃用户数额度；0 表示不设额度</translation>
    </message>
</context>
<context>
    <name>MauPoolPicker</name>
    <message>
        <location filename="../ui/mau/MauPoolPicker.cpp" line="+116"/>
        <location line="+50"/>
        <source>UID: %1</source>
        <translation>UID：%1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Pools</source>
        <translation>用户池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pools: all (%1)</source>
        <translation>用户池：全部（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pools: none</source>
        <translation>用户池：无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pools: %1 of %2</source>
        <translation>用户池：%1/%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the user pools the chart and table show</source>
        <translation>选择图表和表格中显示的用户池</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Filter pools</source>
        <translation>筛选用户池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User pools to show</source>
        <translation>要显示的用户池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user pools the chart and table show</source>
        <translation>勾选图表和表格中显示的用户池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>MauTableModel</name>
    <message>
        <location filename="../app/models/MauTableModel.cpp" line="+166"/>
        <location line="+119"/>
        <location line="+25"/>
        <location line="+31"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sum over the months that loaded; months that failed (%1) are not counted.</source>
        <translation>已加载月份的合计；加载失败的月份（%1）不计入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sum over the months shown.</source>
        <translation>所示月份的合计。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be loaded.</source>
        <translation>%1 无法加载。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2: no figure — the service did not report this pool for this month</source>
        <translation>%1 · %2：无数据（服务未返回该用户池当月的数据）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2: %3 monthly active users</source>
        <translation>%1 · %2：月活跃用户 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>Change from the previous month: %1</source>
        <translation>较上月变化：%1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Share of the month&apos;s total: %1</source>
        <translation>占当月合计：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Above the allowance of %1</source>
        <translation>超出额度 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 monthly active users in all pools shown</source>
        <translation>%1：所示全部用户池的月活跃用户共 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n pool(s) without a figure are not in the total.</source>
        <translation>
            <numerusform>%n 个无数据的用户池未计入合计。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This month is still running: the figures are to date.</source>
        <translation>本月尚未结束：数据为截至目前。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No change in percent: the previous month has no comparable value.</source>
        <translation>无百分比变化：上个月没有可比较的数值。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+27"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendar month</source>
        <translation>自然月</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User pool %1
UID: %2</source>
        <translation>用户池 %1
UID：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly active users of all pools shown</source>
        <translation>所示全部用户池的月活跃用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change of the total from the previous month, in percent</source>
        <translation>合计较上月的变化（百分比）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change (%)</source>
        <translation>变化（%）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(RequestId %1)</source>
        <translation>（请求 ID：%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Some figures missing</source>
        <translation>部分数据缺失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(to date)</source>
        <translation>（截至目前）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RequestId: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <location filename="../ui/directory/MemberPickerDialog.cpp" line="+38"/>
        <source>Already a member of this group</source>
        <translation>已是此用户组的成员</translation>
    </message>
    <message numerus="yes">
        <location line="+130"/>
        <source>Add %n users</source>
        <translation>
            <numerusform>添加 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No user matches.</source>
        <translation>没有匹配的用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 users shown; scroll for more.</source>
        <translation>已显示 %1 个用户；滚动以查看更多。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add members</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the users to add to %1.</source>
        <translation>选择要添加到 %1 的用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User names starting with…</source>
        <translation>按用户名前缀搜索…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search users…</source>
        <translation>搜索用户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search users</source>
        <translation>搜索用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searches the directory on the server for user names that start with the text</source>
        <translation>在服务端的目录中搜索以该文本开头的用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searches the whole directory on the server</source>
        <translation>在服务端搜索整个目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users to add</source>
        <translation>要添加的用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load more users</source>
        <translation>加载更多用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the next page of users from the server</source>
        <translation>从服务端加载下一页用户</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <location filename="../app/credentials/MemoryCredentialStore.cpp" line="+19"/>
        <source>This session only (memory)</source>
        <translation>仅本次会话（内存）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unlock or start your keyring, then try again, or use the key for this session only.</source>
        <translation>请解锁或启动密钥环后重试，或仅在本次会话中使用该密钥。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No secret key is saved for profile “%1” yet.</source>
        <translation>配置“%1”尚未保存 AccessKey Secret。</translation>
    </message>
</context>
<context>
    <name>PagedLister</name>
    <message>
        <location filename="../app/api/PagedLister.cpp" line="+60"/>
        <source>%1 is not a list action whose paging is known for %2. Known: %3.</source>
        <translation>%1 不是 %2 中已知分页方式的列表操作。已知的列表操作：%3。</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>The service said more pages remain but gave no NextToken; the list is incomplete.</source>
        <translation>服务表示还有更多页，但未返回 NextToken；列表不完整。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service returned the same NextToken twice; paging stopped.</source>
        <translation>服务两次返回了相同的 NextToken，已停止分页。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The service reported %1 items, too many to list page by page.</source>
        <translation>服务报告共有 %1 项，数量过多，无法逐页列出。</translation>
    </message>
</context>
<context>
    <name>PaneStateWidget</name>
    <message>
        <location filename="../ui/widgets/PaneStateWidget.cpp" line="+85"/>
        <location line="+44"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The request failed</source>
        <translation>请求失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RequestId: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
</context>
<context>
    <name>PoolClientColumns</name>
    <message>
        <location filename="../app/models/PoolClientColumns.cpp" line="+7"/>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Web application</source>
        <translation>Web 应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single-page application</source>
        <translation>单页应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile or native application</source>
        <translation>移动端或原生应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine to machine</source>
        <translation>机器对机器（M2M）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A server-side web application that can keep a client secret.</source>
        <translation>在服务器端运行、能够保管客户端密钥的 Web 应用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A JavaScript application running in the browser; it cannot keep a secret.</source>
        <translation>在浏览器中运行的 JavaScript 应用，无法保管密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An app on a phone or desktop; it cannot keep a secret.</source>
        <translation>手机或桌面上的应用，无法保管密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service or agent that signs in as itself, without a user.</source>
        <translation>以自身身份登录、不代表用户的服务或智能体。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The application&apos;s client ID (Uid), used in OAuth requests</source>
        <translation>应用的客户端 ID（Uid），用于 OAuth 请求</translation>
    </message>
</context>
<context>
    <name>PoolClientDialog</name>
    <message>
        <location filename="../ui/pools/PoolClientDialog.cpp" line="+175"/>
        <source>Create application</source>
        <translation>创建应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application signs its users in through this user pool. The type cannot be changed later. Leave a setting empty to get the service&apos;s default.</source>
        <translation>应用通过此用户池让其用户登录。类型创建后无法修改。留空的设置将使用服务的默认值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit application — %1</source>
        <translation>编辑应用 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes apply to the application %1 (%2). Only the fields you change are sent; the type cannot be changed.</source>
        <translation>修改将应用于应用 %1（%2）。只发送您修改过的字段；类型无法修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name (required):</source>
        <translation>名称（必填）(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Customer portal web</source>
        <translation>例如：客户门户网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo URL:</source>
        <translation>Logo 地址(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://example.com/logo.png</source>
        <translation>https://example.com/logo.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Callback URLs:</source>
        <translation>回调地址(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the pool may send users back after sign-in. One URL per line; apps may use their own scheme (myapp://callback).</source>
        <translation>登录后用户池可以将用户送回的地址。每行一个 URL；应用可以使用自己的协议（myapp://callback）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-&amp;out URLs:</source>
        <translation>登出地址(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where users may be sent after signing out. One URL per line.</source>
        <translation>用户登出后可以被送往的地址。每行一个 URL。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web origins:</source>
        <translation>Web 源(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origins allowed to use silent sign-in from the browser. One per line.</source>
        <translation>允许在浏览器中静默登录的源。每行一个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ORS origins:</source>
        <translation>跨域（CORS）源(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origins allowed to call the pool&apos;s endpoints from JavaScript. One per line.</source>
        <translation>允许通过 JavaScript 调用用户池端点的源。每行一个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One URL per line</source>
        <translation>每行一个 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID token lifetime:</source>
        <translation>ID 令牌有效期(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+3"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Service default</source>
        <translation>服务默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long an ID token is valid, in seconds</source>
        <translation>ID 令牌的有效时长（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh tokens:</source>
        <translation>刷新令牌：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate on every use</source>
        <translation>每次使用时轮换(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expire when &amp;idle for</source>
        <translation>闲置超过以下时长后失效(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle lifetime in seconds</source>
        <translation>闲置有效期（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xpire in any case after</source>
        <translation>无论如何在以下时长后失效(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absolute lifetime in seconds</source>
        <translation>绝对有效期（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh tokens</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development mode</source>
        <translation>开发模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relaxed checks for testing (e.g. http:// callbacks on localhost).</source>
        <translation>为测试放宽检查（例如允许 localhost 上的 http:// 回调）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device authorization flow</source>
        <translation>设备授权流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in on devices without a browser (TVs, command-line tools) with a code.</source>
        <translation>在没有浏览器的设备（电视、命令行工具）上通过验证码登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the pool&apos;s login page</source>
        <translation>跳过用户池登录页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go straight to the identity provider instead of showing the pool&apos;s login page.</source>
        <translation>直接跳转到身份源，不显示用户池的登录页。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the consent page</source>
        <translation>跳过授权同意页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users are not asked to consent to the scopes this application requests.</source>
        <translation>不再要求用户同意此应用申请的权限范围。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The type cannot be changed after creation.</source>
        <translation>类型创建后无法修改。</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Reading the application…</source>
        <translation>正在读取应用…</translation>
    </message>
    <message>
        <location line="+303"/>
        <source>Enter a name first.</source>
        <translation>请先输入名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has changed.</source>
        <translation>没有任何修改。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter how many seconds of idleness end a refresh token.</source>
        <translation>请输入刷新令牌闲置多少秒后失效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter after how many seconds a refresh token ends.</source>
        <translation>请输入刷新令牌在多少秒后失效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server did not confirm the request: the application may have been created anyway. Refresh the list before trying again.</source>
        <translation>服务器未确认该请求：应用可能已经创建。请先刷新列表再重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not confirm the request: the change may have been applied anyway.</source>
        <translation>服务器未确认该请求：修改可能已经生效。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Creating the application…</source>
        <translation>正在创建应用…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving the remaining settings…</source>
        <translation>正在保存其余设置…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The application %1 was created, but its URLs and token settings were not saved. Save again to retry them.</source>
        <translation>应用 %1 已创建，但其地址和令牌设置未保存。请再次保存以重试。</translation>
    </message>
</context>
<context>
    <name>PoolClientsPane</name>
    <message>
        <location filename="../ui/pools/PoolClientsPane.cpp" line="+41"/>
        <source>Applications</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applications</source>
        <translation>应用</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n application(s) in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 个应用。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>This pool has no applications yet. An application (web site, single-page app, mobile app or service) signs its users in through the pool.</source>
        <translation>此用户池还没有应用。应用（网站、单页应用、移动应用或服务）通过用户池让其用户登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client ID(s)</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New application</source>
        <translation>新建应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an application in this pool (Ctrl+N)</source>
        <translation>在此用户池中创建应用（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected application</source>
        <translation>编辑所选应用</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Delete the selected application (Delete)</source>
        <translation>删除所选应用（Delete）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy client ID</source>
        <translation>复制客户端 ID</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n applications selected.</source>
        <translation>
            <numerusform>已选择 %n 个应用。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an application to see its settings.</source>
        <translation>选择一个应用以查看其设置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service default</source>
        <translation>服务默认值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Logo URL</source>
        <translation>Logo 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading every setting…</source>
        <translation>正在加载全部设置…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login page</source>
        <translation>登录页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URLs</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback URLs</source>
        <translation>回调地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-out URLs</source>
        <translation>登出地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web origins</source>
        <translation>Web 源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CORS origins</source>
        <translation>跨域（CORS）源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID token lifetime</source>
        <translation>ID 令牌有效期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token rotation</source>
        <translation>刷新令牌轮换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token idle lifetime</source>
        <translation>刷新令牌闲置有效期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Refresh token absolute lifetime</source>
        <translation>刷新令牌绝对有效期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development mode</source>
        <translation>开发模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device authorization flow</source>
        <translation>设备授权流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the pool&apos;s login page</source>
        <translation>跳过用户池登录页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the consent page</source>
        <translation>跳过授权同意页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+14"/>
        <location line="+1"/>
        <source>Show secret</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Read the client secret from the cloud and show it here</source>
        <translation>从云端读取客户端密钥并在此显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Copy secret</source>
        <translation>复制密钥</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Read the client secret from the cloud and copy it to the clipboard</source>
        <translation>从云端读取客户端密钥并复制到剪贴板</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Could not read the client secret: %1</source>
        <translation>无法读取客户端密钥：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cloud returned no client secret for this application.</source>
        <translation>云端没有返回此应用的客户端密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client secret copied. Paste it only where it is needed.</source>
        <translation>客户端密钥已复制。请只粘贴到需要的地方。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Hide secret</source>
        <translation>隐藏密钥</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+65"/>
        <source>The application %1 no longer exists.</source>
        <translation>应用 %1 已不存在。</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Could not read the application: %1</source>
        <translation>无法读取应用：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Created application %1.</source>
        <translation>已创建应用 %1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved application %1.</source>
        <translation>已保存应用 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete application</source>
        <translation>删除应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the application %1 (%2) from the pool %3?</source>
        <translation>从用户池 %3 中删除应用 %1（%2）？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its users can no longer sign in to it, and its client ID and secret stop working at once. This cannot be undone.</source>
        <translation>用户将无法再登录此应用，其客户端 ID 和密钥立即失效。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted application %1.</source>
        <translation>已删除应用 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete the application</source>
        <translation>无法删除应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application %1 was not deleted.</source>
        <translation>应用 %1 未被删除。</translation>
    </message>
</context>
<context>
    <name>PoolDirectoryService</name>
    <message>
        <location filename="../app/cloud/PoolDirectoryService.cpp" line="+49"/>
        <source>%1 cannot contain control characters or line breaks.</source>
        <translation>%1 不能包含控制字符或换行符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 过长（最多 %2 个字符）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name can only contain letters, numbers, periods, underscores, and hyphens.</source>
        <translation>用户名只能包含字母、数字、句点、下划线和连字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>请输入邮箱地址，例如 name@example.com。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a phone number of digits, optionally starting with +.</source>
        <translation>请输入由数字组成的手机号，可以 + 开头。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a user profile field.</source>
        <translation>%1 不是用户资料字段。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The user metadata must be a JSON document (%1).</source>
        <translation>用户元数据必须是 JSON 文档（%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every custom attribute needs a name.</source>
        <translation>每个自定义属性都需要名称。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most %1 characters).</source>
        <translation>名称过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name cannot contain control characters or line breaks.</source>
        <translation>名称不能包含控制字符或换行符。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the issuer URL.</source>
        <translation>请输入 Issuer URL。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The issuer must be an https:// URL.</source>
        <translation>Issuer 必须是 https:// 开头的 URL。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A lifetime must be a positive number of seconds.</source>
        <translation>有效期必须是正整数秒。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No user pool given.</source>
        <translation>未指定用户池。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Pages hold 1 to 100 users.</source>
        <translation>每页可包含 1 到 100 个用户。</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>No user given.</source>
        <translation>未指定用户。</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Enter a user name, an e-mail address or a phone number.</source>
        <translation>请输入用户名、邮箱或手机号。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The user state cannot be empty.</source>
        <translation>用户状态不能为空。</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Nothing was changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>No users given.</source>
        <translation>未指定用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>At most %1 users can be deleted in one call.</source>
        <translation>一次最多可删除 %1 个用户。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The list of users holds an empty or repeated id.</source>
        <translation>用户列表中包含空的或重复的 ID。</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>No application given.</source>
        <translation>未指定应用。</translation>
    </message>
    <message>
        <location line="+266"/>
        <source>Pool users have no such operation.</source>
        <translation>用户池用户不支持此操作。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The service did not confirm the deletion.</source>
        <translation>服务未确认删除。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose the kind of application.</source>
        <translation>请选择应用类型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description cannot contain control characters.</source>
        <translation>描述不能包含控制字符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+60"/>
        <source>%1 is not an application setting.</source>
        <translation>%1 不是应用设置项。</translation>
    </message>
    <message>
        <location line="-461"/>
        <source>No identity provider given.</source>
        <translation>未指定身份源。</translation>
    </message>
    <message>
        <location line="+526"/>
        <location line="+43"/>
        <source>Enter the client ID the identity provider issued.</source>
        <translation>请输入身份源颁发的 Client ID。</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+43"/>
        <source>Enter the client secret the identity provider issued.</source>
        <translation>请输入身份源颁发的 Client Secret。</translation>
    </message>
</context>
<context>
    <name>PoolObjectsPane</name>
    <message>
        <location filename="../ui/pools/PoolObjectsPane.cpp" line="+102"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connect to a Volcengine profile to see the applications and identity providers of its user pools.</source>
        <translation>连接火山引擎配置以查看其用户池的应用和身份源。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This profile has no access to Volcengine Agent Identity.</source>
        <translation>此配置无权访问火山引擎智能体身份和权限管理平台。</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Loading user pools…</source>
        <translation>正在加载用户池…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account has no user pool yet. Create one in User pools first.</source>
        <translation>此账号还没有用户池。请先在“用户池”中创建。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading %1…</source>
        <translation>正在加载%1…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n shown.</source>
        <translation>
            <numerusform>显示 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>RequestId %1</source>
        <translation>RequestId %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server did not confirm: it may have happened anyway. Refresh to see.</source>
        <translation>服务器未确认：操作可能已经生效。请刷新查看。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Pool:</source>
        <translation>用户池(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User pool</source>
        <translation>用户池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user pool whose %1 are listed</source>
        <translation>列出其%1的用户池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the list (F5)</source>
        <translation>重新加载列表（F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name, type, ID… (Ctrl+F)</source>
        <translation>按名称、类型、ID 筛选…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PoolServicePageSource</name>
    <message>
        <location filename="../app/models/PoolServicePageSource.cpp" line="+25"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
</context>
<context>
    <name>PoolUserDialog</name>
    <message>
        <location filename="../ui/pools/PoolUserDialog.cpp" line="+72"/>
        <source>New pool user</source>
        <translation>新建用户池用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit pool user %1</source>
        <translation>编辑用户池用户 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone number:</source>
        <translation>手机号(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Middle name:</source>
        <translation>中间名(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nic&amp;kname:</source>
        <translation>昵称(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gen&amp;der:</source>
        <translation>性别(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birthdate:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locale:</source>
        <translation>区域设置(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;icture URL:</source>
        <translation>头像 URL(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile page &amp;URL:</source>
        <translation>个人主页 URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email verified:</source>
        <translation>电子邮箱已验证：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number verified:</source>
        <translation>手机号已验证：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New pass&amp;word:</source>
        <translation>新密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;metadata (JSON):</source>
        <translation>用户元数据(JSON)(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Custom attributes:</source>
        <translation>自定义属性(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letters, digits and . _ -</source>
        <translation>字母、数字及 . _ -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+86 138 0000 0000</source>
        <translation>+86 138 0000 0000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave empty to keep the current password</source>
        <translation>留空则保留当前密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent as typed; the service does not document its values.</source>
        <translation>按输入原样发送；服务未公布其取值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{&quot;plan&quot;: &quot;pro&quot;}</source>
        <translation>{&quot;plan&quot;: &quot;pro&quot;}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line: name=value</source>
        <translation>每行一个：名称=值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1: write name=value.</source>
        <translation>第 %1 行：请写成 名称=值。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation>不是有效的 JSON：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing has changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the pool user…</source>
        <translation>正在创建用户池用户…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No answer after the request was sent: the change may have been made. Refresh the list before trying again.</source>
        <translation>请求发出后没有应答：更改可能已经生效。请先刷新列表再重试。</translation>
    </message>
</context>
<context>
    <name>PoolUserSparseModel</name>
    <message>
        <location filename="../app/models/PoolUserSparseModel.cpp" line="+122"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logins</source>
        <translation>登录次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdate</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locale</source>
        <translation>区域设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>头像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile page</source>
        <translation>个人主页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed — retry</source>
        <translation>加载失败 — 重试</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Page %1 could not be loaded: %2 Select the row and choose Retry (or press Enter).</source>
        <translation>第 %1 页无法加载：%2 选中该行并选择“重试”（或按 Enter）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (click to have the service sort the whole list by it; click again to reverse)</source>
        <translation>%1（点击由服务端按此列对整个列表排序；再次点击反向排序）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the service cannot sort by this column; a list loaded page by page cannot be sorted here)</source>
        <translation>%1（服务端不支持按此列排序；分页加载的列表无法在本地排序）</translation>
    </message>
</context>
<context>
    <name>PoolUsersPane</name>
    <message>
        <location filename="../ui/pools/PoolUsersPane.cpp" line="+207"/>
        <source>Users %1–%2 could not be loaded: %3</source>
        <translation>第 %1–%2 个用户无法加载：%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User &amp;pool:</source>
        <translation>用户池(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User pool</source>
        <translation>用户池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pool whose users are listed</source>
        <translation>列出其用户的用户池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a user in this pool (Ctrl+N)</source>
        <translation>在此用户池中创建用户（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected user</source>
        <translation>编辑所选用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected users (Delete)</source>
        <translation>删除所选用户（Delete）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the users in view (F5)</source>
        <translation>重新加载当前显示的用户（F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load again the rows that failed to load</source>
        <translation>重新加载加载失败的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy user ID</source>
        <translation>复制用户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search users on the server… (Ctrl+F)</source>
        <translation>在服务端搜索用户…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter field</source>
        <translation>筛选字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter value</source>
        <translation>筛选值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact value, then Enter</source>
        <translation>输入值后按 Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only users whose chosen field has this value (ListUsers Filter)</source>
        <translation>仅显示所选字段为此值的用户（ListUsers Filter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+357"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="-356"/>
        <location line="+358"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="-357"/>
        <location line="+359"/>
        <source>Phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="-358"/>
        <location line="+355"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+357"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Group ID</source>
        <translation>用户组 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department ID</source>
        <translation>部门 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login method</source>
        <translation>最近登录方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go to row:</source>
        <translation>跳转到行(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to row</source>
        <translation>跳转到行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to this row; only its page is loaded</source>
        <translation>跳转到此行；只加载它所在的页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User count</source>
        <translation>用户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User details</source>
        <translation>用户详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a user to see its details.</source>
        <translation>选择一个用户以查看其详情。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect to a Volcengine profile to see the users of its user pools.</source>
        <translation>连接到火山引擎配置以查看其用户池中的用户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pool users belong to Volcengine Agent Identity; this profile has no access to it.</source>
        <translation>用户池用户属于火山引擎 Agent Identity；此配置无权访问。</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Choose a user pool.</source>
        <translation>请选择一个用户池。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading users…</source>
        <translation>正在加载用户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No user matches the search or filter.</source>
        <translation>没有与搜索或筛选条件匹配的用户。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This pool has no users.</source>
        <translation>此用户池中没有用户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No users</source>
        <translation>没有用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 users match</source>
        <translation>%1 个用户匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 users</source>
        <translation>%1 个用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>user ID(s)</source>
        <translation>个用户 ID</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading every field of the user…</source>
        <translation>正在加载该用户的全部字段…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load every field: %1</source>
        <translation>无法加载全部字段：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject (sub)</source>
        <translation>主体标识（sub）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email verified</source>
        <translation>电子邮箱已验证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number verified</source>
        <translation>手机号已验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+2"/>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Logins</source>
        <translation>登录次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Through</source>
        <translation>登录途径</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>External identities</source>
        <translation>外部身份</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>linked by %1</source>
        <translation>由 %1 关联</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last login %1</source>
        <translation>最近登录 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Custom attributes</source>
        <translation>自定义属性</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User metadata</source>
        <translation>用户元数据</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created user %1.</source>
        <translation>已创建用户 %1。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved user %1.</source>
        <translation>已保存用户 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the user %1 (%2) from the pool %3? The user can no longer sign in; this cannot be undone.</source>
        <translation>从用户池 %3 中删除用户 %1（%2）？该用户将无法再登录；此操作不可撤销。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete users</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 users from the pool %2? They can no longer sign in; this cannot be undone. They are deleted in batches of %3; each user that cannot be deleted is listed afterwards.</source>
        <translation>从用户池 %2 中删除 %1 个用户？这些用户将无法再登录；此操作不可撤销。将按每批 %3 个删除；无法删除的每个用户会在结束后逐一列出。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Deleting %n users</source>
        <translation>
            <numerusform>正在删除 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not deleted (%1): each is listed in the summary.</source>
        <translation>未删除（%1）：每一项都列在摘要中。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The service cannot sort by %1.</source>
        <translation>服务端不支持按%1排序。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sorted by %1, ascending (by the service).</source>
        <translation>已按%1升序排序（由服务端排序）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by %1, descending (by the service).</source>
        <translation>已按%1降序排序（由服务端排序）。</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Deleted %1 of %2 users.</source>
        <translation>已删除 %1 个用户（共 %2 个）。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Exported the %1 loaded users of %2 (a list this large is loaded page by page).</source>
        <translation>已导出已加载的 %1 个用户（共 %2 个；如此大的列表按页加载）。</translation>
    </message>
    <message>
        <location filename="../ui/pools/PoolUsersPane.h" line="+41"/>
        <source>Pool users</source>
        <translation>用户池用户</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/credentials/Profile.h" line="+54"/>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volcengine</source>
        <translation>火山引擎</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <location filename="../ui/profiles/ProfileEditDialog.cpp" line="+38"/>
        <location line="+198"/>
        <source>Show or hide the text</source>
        <translation>显示或隐藏文本</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Add Profile</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A profile names one account and region. The secret access key is stored in the system keychain, never in a file.</source>
        <translation>一个配置对应一个账号和地域。AccessKey Secret 保存在系统密钥环中，绝不写入文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit Profile “%1”</source>
        <translation>编辑配置“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the secret access key empty to keep the one saved in the system keychain.</source>
        <translation>AccessKey Secret 留空则保留系统密钥环中已保存的密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate Profile “%1”</source>
        <translation>创建配置“%1”的副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the secret access key empty to use the same key as “%1”.</source>
        <translation>AccessKey Secret 留空则使用与“%1”相同的密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>云服务商(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Access key ID:</source>
        <translation>AccessKey ID(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret access key:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session &amp;token (STS):</source>
        <translation>会话令牌（STS）(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent Identity endpoint:</source>
        <translation>智能体身份接入地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud Identity endpoint:</source>
        <translation>云身份中心接入地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CloudSSO endpoint:</source>
        <translation>云 SSO 接入地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra &amp;CA bundle:</source>
        <translation>额外的 CA 证书包(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;directory:</source>
        <translation>默认目录(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Production Beijing</source>
        <translation>例如：生产环境 北京</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose or type a region id</source>
        <translation>选择或输入地域 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same as “%1”</source>
        <translation>与“%1”相同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional, for temporary STS credentials</source>
        <translation>可选，用于 STS 临时凭证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional PEM file, trusted on top of the system certificates</source>
        <translation>可选的 PEM 文件，在系统证书之外额外信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret access key</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra CA bundle</source>
        <translation>额外的 CA 证书包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the text</source>
        <translation>显示文本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the PEM file of the extra CA bundle</source>
        <translation>选择额外 CA 证书包的 PEM 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. d-00fc2p61****</source>
        <translation>可选，例如 d-00fc2p61****</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+1"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The secret key is held for this session only.</source>
        <translation>AccessKey Secret 仅在本次会话中保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the system keychain…</source>
        <translation>正在检查系统密钥环…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A secret key is saved in the system keychain.</source>
        <translation>系统密钥环中已保存 AccessKey Secret。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A secret key and a session token are saved in the system keychain.</source>
        <translation>系统密钥环中已保存 AccessKey Secret 和会话令牌。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secret key is saved yet: enter one.</source>
        <translation>尚未保存 AccessKey Secret：请输入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain is unavailable: %1</source>
        <translation>系统密钥环不可用：%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter the secret access key together with the session token.</source>
        <translation>请同时输入 AccessKey Secret 和会话令牌。</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving; the system keychain may ask you to unlock it…</source>
        <translation>正在保存，系统密钥环可能会要求您解锁…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Profile Saved</source>
        <translation>配置已保存</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The secret key cannot be stored because the system keychain is unavailable:
%1

%2

Save the profile without its secret key and use the key for this session only? It is kept in memory until you quit; nothing is written in plain text.</source>
        <translation>系统密钥环不可用，无法保存 AccessKey Secret：
%1

%2

是否保存不含密钥的配置，并仅在本次会话中使用该密钥？密钥会保存在内存中直到退出，不会以明文写入任何地方。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved secret key cannot be carried over because the system keychain is unavailable:
%1

%2

Save the profile anyway? You will be asked for its secret key when you use it.</source>
        <translation>系统密钥环不可用，无法沿用已保存的 AccessKey Secret：
%1

%2

仍然保存此配置吗？使用时会要求您输入密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain Unavailable</source>
        <translation>密钥环不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save for This Session Only</source>
        <translation>仅在本次会话中保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save Anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a CA Bundle</source>
        <translation>选择 CA 证书包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <location filename="../ui/profiles/ProfileManagerDialog.cpp" line="+182"/>
        <source>Connection Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each profile names one account and region. Secret keys live only in the system keychain.</source>
        <translation>每个配置对应一个账号和地域。AccessKey Secret 只保存在系统密钥环中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+156"/>
        <source>Provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+157"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Access Key ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a profile (Ctrl+N)</source>
        <translation>添加配置（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected profile (F2)</source>
        <translation>编辑所选配置（F2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate…</source>
        <translation>创建副本(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected profile, e.g. for another region (Ctrl+D)</source>
        <translation>以所选配置为模板创建副本，例如用于另一个地域（Ctrl+D）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected profile and its keychain entry (Del)</source>
        <translation>删除所选配置及其密钥环条目（Del）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One cheap read call per service with this profile (Ctrl+T)</source>
        <translation>用此配置对每个服务发起一次轻量的读取调用（Ctrl+T）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use Profile</source>
        <translation>使用此配置(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the main window to this profile</source>
        <translation>将主窗口切换到此配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Cancel Test</source>
        <translation>取消测试(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+43"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Connection profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>No profiles yet</source>
        <translation>还没有配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a profile with the access key of the account you manage.</source>
        <translation>请使用所管理账号的 AccessKey 添加配置。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(each service&apos;s default)</source>
        <translation>（各服务的默认值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>default (%1)</source>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 endpoint</source>
        <translation>%1接入地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra CA bundle</source>
        <translation>额外的 CA 证书包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default directory</source>
        <translation>默认目录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(choose when connecting)</source>
        <translation>（连接时选择）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secret key: held for this session only (not saved).</source>
        <translation>AccessKey Secret：仅在本次会话中保存（未持久保存）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secret key: checking the system keychain…</source>
        <translation>AccessKey Secret：正在检查系统密钥环…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Secret key: saved in the system keychain.</source>
        <translation>AccessKey Secret：已保存在系统密钥环中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret key: saved in the system keychain, with a session token.</source>
        <translation>AccessKey Secret：已与会话令牌一起保存在系统密钥环中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret key: not saved yet. Edit the profile to enter it.</source>
        <translation>AccessKey Secret：尚未保存。请编辑配置并输入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret key: the system keychain is unavailable: %1
%2</source>
        <translation>AccessKey Secret：系统密钥环不可用：%1
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret key: %1</source>
        <translation>AccessKey Secret：%1</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+35"/>
        <source>Delete Profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Delete profile “%1”?

Its secret key is also removed from the system keychain. This cannot be undone.</source>
        <translation>删除配置“%1”吗？

其 AccessKey Secret 也会从系统密钥环中删除。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keychain Unavailable</source>
        <translation>密钥环不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret key of “%1” could not be removed from the system keychain:
%2

Delete the profile anyway? Its keychain entry (service “idconsole”, account “%1”) then stays until you remove it with your keyring manager.</source>
        <translation>无法从系统密钥环中删除“%1”的 AccessKey Secret：
%2

仍然删除此配置吗？其密钥环条目（服务“idconsole”，账号“%1”）会一直保留，直到您用密钥环管理器将其删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Anyway</source>
        <translation>仍然删除</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading the secret key…</source>
        <translation>正在读取 AccessKey Secret…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No secret key is saved for this profile yet. Edit the profile to enter it.</source>
        <translation>此配置尚未保存 AccessKey Secret。请编辑配置并输入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret key cannot be read: %1</source>
        <translation>无法读取 AccessKey Secret：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>✔ %1: OK in %2 ms</source>
        <translation>✔ %1：正常，用时 %2 毫秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RequestId: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
</context>
<context>
    <name>ProfileResolver</name>
    <message>
        <location filename="../app/credentials/ProfileResolver.cpp" line="+37"/>
        <source>Unlock your keyring (it may be waiting for its password) and try again.</source>
        <translation>请解锁密钥环（它可能正在等待输入密码）后重试。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no profile named “%1” (did you mean “%2”?).</source>
        <translation>没有名为“%1”的配置（您是否想用“%2”？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no profile named “%1”. List them with: idconsole-cli profile list</source>
        <translation>没有名为“%1”的配置。可用以下命令列出所有配置：idconsole-cli profile list</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No secret key is saved for profile “%1” yet. Store one with: idconsole-cli profile edit %1 --secret-stdin</source>
        <translation>配置“%1”尚未保存 AccessKey Secret。可用以下命令保存：idconsole-cli profile edit %1 --secret-stdin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain is unavailable: %1</source>
        <translation>系统密钥环不可用：%1</translation>
    </message>
</context>
<context>
    <name>ProfileSaveOperation</name>
    <message>
        <location filename="../app/credentials/ProfileSaveOperation.cpp" line="+42"/>
        <location line="+42"/>
        <source>No profile store.</source>
        <translation>没有配置存储。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The secret key could not be stored: %1</source>
        <translation>无法保存 AccessKey Secret：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The saved secret key could not be carried over to the new name: %1</source>
        <translation>无法将已保存的 AccessKey Secret 转移到新名称下：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The keychain entry under the old name “%1” could not be removed: %2</source>
        <translation>无法删除旧名称“%1”下的密钥环条目：%2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/credentials/ProfileStore.cpp" line="+136"/>
        <source>Cannot write the settings file %1.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file %1 is malformed.</source>
        <translation>设置文件 %1 格式错误。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A session-only profile is never saved.</source>
        <translation>仅限本次会话的配置不会被保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A profile needs a name.</source>
        <translation>配置需要一个名称。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is no profile named “%1”.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/profiles/ProfileSwitcher.cpp" line="+73"/>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage Profiles…</source>
        <translation>管理配置…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, edit, test and delete connection profiles</source>
        <translation>添加、编辑、测试和删除连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection profile the console works with</source>
        <translation>控制台当前使用的连接配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret key problem</source>
        <translation>密钥问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profiles</source>
        <translation>没有配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>%1 (this session)</source>
        <translation>%1（本次会话）</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No secret key is saved for this profile yet. Click to enter it.</source>
        <translation>此配置尚未保存 AccessKey Secret。单击以输入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain is unavailable. Click for details and to use the key for this session only.</source>
        <translation>系统密钥环不可用。单击查看详情，并可仅在本次会话中使用密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret key cannot be read. Click for details.</source>
        <translation>无法读取 AccessKey Secret。单击查看详情。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service rejected the secret key (wrong or expired). Click to enter the current key.</source>
        <translation>服务拒绝了 AccessKey Secret（错误或已过期）。单击以输入当前密钥。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>default region</source>
        <translation>默认地域</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Session only: not saved, the key is held in memory</source>
        <translation>仅本次会话：未保存，密钥保存在内存中</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>There is no profile named “%1”.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No secret key is saved for profile “%1” yet. Enter it to connect.</source>
        <translation>配置“%1”尚未保存 AccessKey Secret。请输入后连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain is unavailable: %1
%2</source>
        <translation>系统密钥环不可用：%1
%2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This profile is not saved, so its key is kept for this session only.</source>
        <translation>此配置未保存，因此其密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Keychain Unavailable</source>
        <translation>密钥环不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret key could not be saved in the system keychain:
%1

It is used for this session only.</source>
        <translation>无法将 AccessKey Secret 保存到系统密钥环：
%1

它将仅在本次会话中使用。</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <location filename="../app/credentials/ProfileValidator.cpp" line="+21"/>
        <source>Enter a profile name.</source>
        <translation>请输入配置名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name must not start or end with a space.</source>
        <translation>配置名称的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name is too long (at most 64 characters).</source>
        <translation>配置名称过长（最多 64 个字符）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name must not contain control characters or line breaks.</source>
        <translation>配置名称不能包含控制字符或换行符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A profile named “%1” already exists. Choose another name.</source>
        <translation>已存在名为“%1”的配置。请换一个名称。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a region id. Use lowercase letters, digits and hyphens, e.g. cn-beijing.</source>
        <translation>“%1”不是地域 ID。请使用小写字母、数字和连字符，例如 cn-beijing。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the access key ID.</source>
        <translation>请输入 AccessKey ID。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access key ID must not contain spaces or line breaks.</source>
        <translation>AccessKey ID 不能包含空格或换行符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access key ID is too long.</source>
        <translation>AccessKey ID 过长。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the secret access key.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret access key must not contain spaces or line breaks (check what you pasted).</source>
        <translation>AccessKey Secret 不能包含空格或换行符（请检查粘贴的内容）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agent Identity</source>
        <translation>智能体身份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud Identity</source>
        <translation>云身份中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CloudSSO</source>
        <translation>云 SSO</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter an endpoint URL, or leave the field empty to use the default.</source>
        <translation>请输入接入地址 URL，或留空以使用默认地址。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a valid endpoint. Use https://host or https://host:port.</source>
        <translation>“%1”不是有效的接入地址。请使用 https://主机 或 https://主机:端口 的形式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint must use https.</source>
        <translation>接入地址必须使用 https。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The endpoint must not contain a user name or password.</source>
        <translation>接入地址不能包含用户名或密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The endpoint is a host and optional port only, without a path or query.</source>
        <translation>接入地址只能包含主机和可选的端口，不能包含路径或查询参数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The endpoint port must be between 1 and 65535.</source>
        <translation>接入地址的端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint must use https (plain http is allowed only for loopback addresses such as 127.0.0.1, ::1 or localhost).</source>
        <translation>接入地址必须使用 https（仅 127.0.0.1、::1 或 localhost 等本机回环地址允许使用 http）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The CA bundle %1 does not exist.</source>
        <translation>CA 证书包 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA bundle %1 cannot be read.</source>
        <translation>无法读取 CA 证书包 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>CA 证书包 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no service “%2”; endpoints can be set for: %3.</source>
        <translation>%1 没有服务“%2”；可设置接入地址的服务：%3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 endpoint: %2</source>
        <translation>%1接入地址：%2</translation>
    </message>
</context>
<context>
    <name>ProvisioningDialog</name>
    <message>
        <location filename="../ui/directory/ProvisioningDialog.cpp" line="+150"/>
        <source>New user provisioning</source>
        <translation>新建用户授权任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit user provisioning %1</source>
        <translation>编辑用户授权任务 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Principal &amp;type:</source>
        <translation>授权对象类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Principal:</source>
        <translation>授权对象(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target &amp;account ID:</source>
        <translation>目标账号 ID(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity source:</source>
        <translation>身份源(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a name &amp;clash:</source>
        <translation>同名冲突时(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name &amp;suffix:</source>
        <translation>名称后缀(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When &amp;deleted:</source>
        <translation>删除时(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep both (KeepBoth)</source>
        <translation>保留两者（KeepBoth）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take over (Takeover)</source>
        <translation>接管（Takeover）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take over (TakeOver)</source>
        <translation>接管（TakeOver）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the synchronised users (Keep)</source>
        <translation>保留已同步的用户（Keep）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the synchronised users (Delete)</source>
        <translation>删除已同步的用户（Delete）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose from the list or type an ID</source>
        <translation>从列表中选择或输入 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user or group whose users are synchronised into the account</source>
        <translation>其用户将被同步到该账号的用户或用户组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource directory member ID, e.g. 1234567890120001</source>
        <translation>资源目录成员 ID，例如 1234567890120001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member account ID, e.g. 2100247160</source>
        <translation>成员账号 ID，例如 2100247160</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The principal and the account cannot be changed: delete the provisioning and create a new one.</source>
        <translation>授权对象和账号不可更改：请删除该用户授权任务并新建一个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. -sso</source>
        <translation>例如 -sso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the name of a user whose name is already taken in the account (required with Keep both)</source>
        <translation>当账号中已存在同名用户时添加到用户名之后（选择“保留两者”时必填）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud Identity cannot change a user provisioning after it is created: to change one, delete it and create it again.</source>
        <translation>云身份中心的用户授权任务创建后不可修改：如需修改，请删除后重新创建。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The principal&apos;s users are synchronised as RAM users into the resource directory member account. The strategies and the description can be changed later.</source>
        <translation>授权对象的用户将作为 RAM 用户同步到资源目录成员账号。策略和描述以后可以修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the strategies and the description can be changed; only what you change is sent.</source>
        <translation>只能修改策略和描述；只会提交您更改的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>When a RAM user with the same name already exists in the account, it is kept and the synchronised user is created as &lt;name&gt;_sso.</source>
        <translation>如果账号中已存在同名的 RAM 用户，则保留该用户，并将同步的用户创建为 &lt;名称&gt;_sso。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a RAM user with the same name already exists in the account, the synchronised user takes it over (replaces it).</source>
        <translation>如果账号中已存在同名的 RAM 用户，则由同步的用户接管（替换）该用户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When a user with the same name already exists in the account, it is kept and the synchronised user gets the name suffix below (required).</source>
        <translation>如果账号中已存在同名用户，则保留该用户，同步的用户名称加上下方的后缀（必填）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a user with the same name already exists in the account, the synchronised user takes it over.</source>
        <translation>如果账号中已存在同名用户，则由同步的用户接管该用户。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When this provisioning is deleted, the users it synchronised into the account are deleted too.</source>
        <translation>删除此用户授权任务时，它同步到该账号的用户也会被删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When this provisioning is deleted, the users it synchronised into the account are kept.</source>
        <translation>删除此用户授权任务时，它同步到该账号的用户会被保留。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The documented values are Create and Ignore; the reference does not describe them further.</source>
        <translation>文档列出的取值为 Create 和 Ignore；参考文档未进一步说明其含义。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not list them (%1): type the ID.</source>
        <translation>无法列出（%1）：请输入 ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 are listed: type the start of a name to search the directory, or type an ID.</source>
        <translation>仅列出前 %1 个：输入名称的开头可在目录中搜索，或直接输入 ID。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Nothing was changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating the provisioning…</source>
        <translation>正在创建用户授权任务…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server did not confirm: the provisioning may have been created anyway. Refresh the list before trying again.</source>
        <translation>服务器未确认：该用户授权任务可能已经创建。请先刷新列表再重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not confirm: the change may have been made anyway. Refresh the list before trying again.</source>
        <translation>服务器未确认：修改可能已经生效。请先刷新列表再重试。</translation>
    </message>
</context>
<context>
    <name>ProvisioningEventModel</name>
    <message>
        <location filename="../app/models/ProvisioningEventModel.cpp" line="+9"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>授权对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure reason</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event ID</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The user or group being provisioned</source>
        <translation>被同步的用户或用户组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The member account the principal is provisioned into</source>
        <translation>授权对象被同步到的成员账号</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>When the event was last updated</source>
        <translation>该记录的最后更新时间</translation>
    </message>
</context>
<context>
    <name>ProvisioningEventsPane</name>
    <message>
        <location filename="../ui/directory/ProvisioningEventsPane.cpp" line="+48"/>
        <source>Provisioning events</source>
        <translation>授权记录</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>failure reason(s)</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>All failed events</source>
        <translation>全部失败记录</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Connect a profile to see its provisioning events.</source>
        <translation>请连接一个配置以查看其授权记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Loading provisioning events…</source>
        <translation>正在加载授权记录…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No failed event matches the search or filter.</source>
        <translation>没有与搜索或筛选条件匹配的失败记录。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear search and filter</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No failed provisioning events: everything is in sync.</source>
        <translation>没有失败的授权记录：一切均已同步。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed event(s).</source>
        <translation>
            <numerusform>%n 条失败记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n events selected.</source>
        <translation>
            <numerusform>已选择 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an event to see the details.</source>
        <translation>选择一条记录以查看详情。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure reason</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>授权对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target account</source>
        <translation>目标账号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event ID</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioning ID</source>
        <translation>同步 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication strategy</source>
        <translation>重名处理策略</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error count</source>
        <translation>错误次数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last attempt</source>
        <translation>最后一次尝试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>KeepBoth — keep the existing RAM user and create the new one with a suffix</source>
        <translation>KeepBoth — 保留已有的 RAM 用户，并以带后缀的名称创建新用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TakeOver — the provisioned user takes over the RAM user with the same name</source>
        <translation>TakeOver — 同步的用户接管同名的 RAM 用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Retry provisioning events</source>
        <translation>重试授权记录</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>When a RAM user with the same name already exists, what should happen for these %n event(s)?</source>
        <translation>
            <numerusform>如果已存在同名的 RAM 用户，这 %n 条记录应如何处理？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retry provisioning %1?</source>
        <translation>重试授权记录 %1 吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Retry these %n failed provisioning events?</source>
        <translation>
            <numerusform>重试这 %n 条失败的授权记录吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Retrying %n provisioning event(s)</source>
        <translation>
            <numerusform>正在重试 %n 条授权记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the failed event %1? The failure record is removed; nothing is provisioned.</source>
        <translation>删除失败记录 %1 吗？只删除失败记录，不会进行任何同步。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete these %n failed events? The failure records are removed; nothing is provisioned.</source>
        <translation>
            <numerusform>删除这 %n 条失败记录吗？只删除失败记录，不会进行任何同步。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete provisioning events</source>
        <translation>删除授权记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+80"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location line="-79"/>
        <source>Deleting %n provisioning event(s)</source>
        <translation>
            <numerusform>正在删除 %n 条授权记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 events succeeded, %3 failed.</source>
        <translation>%2 条记录中 %1 条成功，%3 条失败。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already under way.</source>
        <translation>
            <numerusform>%n 项已在进行中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>event ID(s)</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Retry…</source>
        <translation>重试…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provision the selected events again</source>
        <translation>重新同步所选记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected failure records (Delete)</source>
        <translation>删除所选失败记录（Delete）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy event ID</source>
        <translation>复制记录 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy failure reason</source>
        <translation>复制失败原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show provisioning</source>
        <translation>查看用户授权任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the user provisioning this event belongs to</source>
        <translation>打开此授权记录所属的用户授权任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Show all events</source>
        <translation>显示全部授权记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event filter</source>
        <translation>授权记录筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by user name… (Ctrl+F)</source>
        <translation>按用户名搜索…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search events by user name</source>
        <translation>按用户名搜索授权记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searches the events on the server, not only the loaded rows; the loaded rows are filtered at once (Ctrl+F)</source>
        <translation>在服务端搜索授权记录，而不只是已加载的行；已加载的行会立即筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Showing the events of the user provisioning %1.</source>
        <translation>正在显示用户授权任务 %1 的授权记录。</translation>
    </message>
</context>
<context>
    <name>ProvisioningLinks</name>
    <message>
        <location filename="../ui/directory/ProvisioningLinks.cpp" line="+28"/>
        <source>Show user provisionings</source>
        <translation>查看用户授权任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the user provisionings of %1</source>
        <translation>打开 %1 的用户授权任务</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>into account %1 (provisioning %2)</source>
        <translation>授权到账号 %1（用户授权任务 %2）</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <location line="+47"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="-45"/>
        <source>These user provisionings of %1 block it:</source>
        <translation>%1 的以下用户授权任务阻止了删除：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Show provisionings</source>
        <translation>查看用户授权任务</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 is blocked by:</source>
        <translation>%1 被以下用户授权任务阻止：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the first %1 refused items were looked up.</source>
        <translation>仅查询了前 %1 个被拒绝的项目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These user provisionings block the delete:</source>
        <translation>以下用户授权任务阻止了删除：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete them first (Show provisionings opens them, selected), then delete again.</source>
        <translation>请先删除它们（“查看用户授权任务”会打开并选中它们），然后再次删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>provisionings that block the delete</source>
        <translation>阻止删除的用户授权任务</translation>
    </message>
</context>
<context>
    <name>ProvisioningService</name>
    <message>
        <location filename="../app/cloud/ProvisioningService.cpp" line="+16"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1 必须是以下值之一：%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the user or group to provision.</source>
        <translation>请选择要授权的用户或用户组。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the member account ID (digits only).</source>
        <translation>请输入成员账号 ID（仅数字）。</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+51"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Enter the suffix added to a clashing user name (for example -sso).</source>
        <translation>请输入同名用户的名称后缀（例如 -sso）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <location line="+44"/>
        <source>The description is too long (at most %1 characters).</source>
        <translation>描述过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The target must be a resource directory member account.</source>
        <translation>授权目标必须是资源目录成员账号。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+49"/>
        <source>No directory given.</source>
        <translation>未指定目录。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Nothing was changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No provisioning given.</source>
        <translation>未指定用户授权任务。</translation>
    </message>
</context>
<context>
    <name>RawCallTarget</name>
    <message>
        <location filename="../app/cloud/RawCallTarget.cpp" line="+18"/>
        <source>Only raw calls can be sent without a typed target.</source>
        <translation>只有原始调用可以在没有类型化目标的情况下发送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This item has no action: it was not sent.</source>
        <translation>此项没有指定操作：未发送。</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../ui/widgets/RecordFormDialog.cpp" line="+74"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the record again</source>
        <translation>重新读取该记录</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../ui/directory/ResetPasswordDialog.cpp" line="+137"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new password for %1.</source>
        <translation>为 %1 设置新密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate a random password</source>
        <translation>生成随机密码(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type a password</source>
        <translation>输入密码(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm:</source>
        <translation>确认(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>8 to 32 characters</source>
        <translation>8 到 32 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user must &amp;change it at the next login</source>
        <translation>用户下次登录时必须修改密码(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of %1 was reset. Copy it now: it is shown only this once and cleared when you close this window.</source>
        <translation>%1 的密码已重置。请立即复制：密码只显示这一次，关闭此窗口后即被清除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The password must be 8 to 32 characters long.</source>
        <translation>密码长度必须为 8 到 32 个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The password may have been reset anyway.</source>
        <translation>密码可能已经被重置。</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <location filename="../app/api/ResponseParser.cpp" line="+54"/>
        <source>HTTP %1 with an empty body: the service is unavailable.</source>
        <translation>HTTP %1，响应为空：服务不可用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1: the response is not the expected JSON: &quot;%2&quot;</source>
        <translation>HTTP %1：响应不是预期的 JSON：“%2”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>HTTP %1 without an error code.</source>
        <translation>HTTP %1，未返回错误码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1: the response is not a valid envelope: &quot;%2&quot;</source>
        <translation>HTTP %1：响应不是有效的返回结构：“%2”</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../ui/directory/UserDialog.cpp" line="+114"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+6"/>
        <source>Will be cleared</source>
        <translation>将被清空</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save sends: %1.</source>
        <translation>保存时发送：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+53"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Save clears: %1.</source>
        <translation>保存时清空：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name:</source>
        <translation>名字(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>姓氏(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>手机号码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters, digits and @ _ - . (cannot be changed later)</source>
        <translation>字母、数字和 @ _ - .（创建后不能更改）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+86 138 0000 0000</source>
        <translation>+86 138 0000 0000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name cannot be changed after the user is created.</source>
        <translation>用户创建后不能更改用户名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1</source>
        <translation>清空%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save clears this field (sends an empty value).</source>
        <translation>保存时清空此字段（发送空值）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only changed fields are sent. These cannot be cleared through the API (its reference does not say that an empty value clears them): %1.</source>
        <translation>只发送更改过的字段。以下字段无法通过 API 清空（API 文档未说明空值会清空字段）：%1。</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Loading the user…</source>
        <translation>正在加载用户…</translation>
    </message>
    <message>
        <location line="+285"/>
        <source>Could not load the user: %1</source>
        <translation>无法加载用户：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tick “Clear” to clear this field.</source>
        <translation>要清空此字段，请勾选“清空”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the user…</source>
        <translation>正在创建用户…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service may have saved the change anyway. Refresh the list before trying again.</source>
        <translation>服务可能已经保存了更改。请先刷新列表再重试。</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <location filename="../app/models/UserListModel.cpp" line="+9"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>UserPoolDetailView</name>
    <message>
        <location filename="../ui/pools/UserPoolDetailView.cpp" line="+100"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select a user pool to see its details.</source>
        <translation>选择一个用户池以查看详情。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading every field of the pool…</source>
        <translation>正在加载用户池的全部字段…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uid</source>
        <translation>UID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRN</source>
        <translation>TRN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource name</source>
        <translation>资源名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications (clients)</source>
        <translation>应用（客户端）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity providers (connections)</source>
        <translation>身份源（连接）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the users of this pool</source>
        <translation>打开此用户池的用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the applications of this pool</source>
        <translation>打开此用户池的应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the identity providers of this pool</source>
        <translation>打开此用户池的身份源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly active users</source>
        <translation>月活跃用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly active users (%1)</source>
        <translation>月活跃用户（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domains and OIDC endpoints</source>
        <translation>域名与 OIDC 端点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom domain</source>
        <translation>自定义域名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>颁发者（Issuer）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery document</source>
        <translation>发现文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token endpoint</source>
        <translation>令牌端点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing keys (JWKS)</source>
        <translation>签名密钥（JWKS）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Callback URLs for identity providers</source>
        <translation>身份源回调 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OIDC sign-in</source>
        <translation>OIDC 登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OIDC sign-up</source>
        <translation>OIDC 注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SAML sign-in</source>
        <translation>SAML 登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SAML sign-up</source>
        <translation>SAML 注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth sign-in</source>
        <translation>OAuth 登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth sign-up</source>
        <translation>OAuth 注册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in and sign-up</source>
        <translation>登录与注册</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in attributes</source>
        <translation>登录属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required at sign-up</source>
        <translation>注册时必填</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication method order</source>
        <translation>认证方式顺序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account recovery verifies</source>
        <translation>账号找回验证方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branding</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand name</source>
        <translation>品牌名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>标志（Logo）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Custom attributes</source>
        <translation>自定义属性</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
</context>
<context>
    <name>UserPoolDialog</name>
    <message>
        <location filename="../ui/pools/UserPoolDialog.cpp" line="+138"/>
        <source>Create user pool</source>
        <translation>创建用户池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user pool holds the users and applications of one Agent Identity directory.</source>
        <translation>用户池包含一个智能体身份目录中的用户和应用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>default（默认项目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit user pool — %1</source>
        <translation>编辑用户池 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes apply to the pool %1 (%2). Only the fields you change are sent.</source>
        <translation>更改将应用于用户池 %1（%2）。只发送您修改过的字段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in and sign-up</source>
        <translation>登录与注册</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name (required):</source>
        <translation>名称（必填）(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Customer portal</source>
        <translation>例如：客户门户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project cannot be changed after creation.</source>
        <translation>项目在创建后不能更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM project (empty: default)</source>
        <translation>IAM 项目（留空则使用 default 项目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Sign-in attributes:</source>
        <translation>登录属性：</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Required at sign-up:</source>
        <translation>注册必填属性：</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Sign-in attributes, the attributes required at sign-up and the tags can be set only now: they cannot be changed after the pool is created. Leave the attributes unticked to get the service&apos;s defaults.</source>
        <translation>登录属性、注册必填属性和标签只能在此时设置：用户池创建后无法修改。不勾选属性将使用服务的默认值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with %1</source>
        <translation>使用%1登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users can sign in with their %1 (%2).</source>
        <translation>用户可以使用其%1（%2）登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Require %1 at sign-up</source>
        <translation>注册时必须填写%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users must give their %1 (%2) to sign up.</source>
        <translation>用户注册时必须提供%1（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SignInAttributes: cannot be changed after creation</source>
        <translation>SignInAttributes：创建后无法修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RequiredSignUpAttributes: cannot be changed after creation</source>
        <translation>RequiredSignUpAttributes：创建后无法修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One tag per line: key=value</source>
        <translation>每行一个标签：键=值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags cannot be changed after creation.</source>
        <translation>标签创建后无法修改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service default</source>
        <translation>服务默认值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set when the pool was created; these cannot be changed:</source>
        <translation>以下设置在创建用户池时确定，无法修改：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set when the pool was created; it cannot be changed.</source>
        <translation>在创建用户池时确定，无法修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in attributes (read-only)</source>
        <translation>登录属性（只读）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required at sign-up (read-only)</source>
        <translation>注册必填属性（只读）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags (read-only)</source>
        <translation>标签（只读）</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Reading the pool…</source>
        <translation>正在读取用户池…</translation>
    </message>
    <message>
        <location line="+262"/>
        <source>Enter a name first.</source>
        <translation>请先输入名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server did not confirm the request: the pool may have been created anyway. Refresh the list before trying again.</source>
        <translation>服务器没有确认该请求：用户池可能已经创建。请先刷新列表再重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not confirm the request: the change may have been applied anyway.</source>
        <translation>服务器没有确认该请求：更改可能已经生效。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Creating the user pool…</source>
        <translation>正在创建用户池…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
</context>
<context>
    <name>UserPoolModel</name>
    <message>
        <location filename="../app/models/UserPoolModel.cpp" line="+24"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uid</source>
        <translation>UID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAU</source>
        <translation>月活跃用户</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The pool&apos;s unique id (UserPoolUid)</source>
        <translation>用户池的唯一 ID（UserPoolUid）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Total users in the pool</source>
        <translation>用户池中的用户总数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total applications (clients) of the pool</source>
        <translation>用户池的应用（客户端）总数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IAM project</source>
        <translation>IAM 项目</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Monthly active users</source>
        <translation>月活跃用户</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Monthly active users in %1</source>
        <translation>%1 的月活跃用户</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Reading the pool&apos;s state…</source>
        <translation>正在读取用户池状态…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the pool&apos;s state: %1</source>
        <translation>无法读取用户池状态：%1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>UserPoolService</name>
    <message>
        <location filename="../app/cloud/UserPoolService.cpp" line="+31"/>
        <source>Enter a name for the user pool.</source>
        <translation>请输入用户池名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is too long (at most %1 characters).</source>
        <translation>名称过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name cannot contain control characters or line breaks.</source>
        <translation>名称不能包含控制字符或换行符。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The description is too long (at most %1 characters).</source>
        <translation>描述过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description cannot contain control characters.</source>
        <translation>描述不能包含控制字符。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+24"/>
        <location line="+12"/>
        <location line="+10"/>
        <location line="+76"/>
        <source>No user pool given.</source>
        <translation>未指定用户池。</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The month must look like 2025-12 (YYYY-MM).</source>
        <translation>月份格式应类似 2025-12（YYYY-MM）。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>User pools have no such operation.</source>
        <translation>用户池不支持此操作。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The project name is too long (at most %1 characters).</source>
        <translation>项目名称过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project name cannot contain control characters.</source>
        <translation>项目名称不能包含控制字符。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown sign-in attribute &quot;%1&quot;.</source>
        <translation>未知的登录属性“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every tag needs a key.</source>
        <translation>每个标签都需要键。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tag key &quot;%1&quot; appears more than once.</source>
        <translation>标签键“%1”出现了不止一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags cannot contain control characters.</source>
        <translation>标签不能包含控制字符。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Password sign-in</source>
        <translation>密码登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self sign-up</source>
        <translation>自助注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-service account recovery</source>
        <translation>自助找回账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify automatically at sign-up</source>
        <translation>注册时自动验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in before confirmation</source>
        <translation>确认前允许登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwordless sign-in by email</source>
        <translation>邮箱免密登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwordless sign-in by SMS</source>
        <translation>短信免密登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous sign-up by email</source>
        <translation>邮箱匿名注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous sign-up by SMS</source>
        <translation>短信匿名注册</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Users can sign in with a password.</source>
        <translation>用户可以使用密码登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People can create their own account on the pool&apos;s sign-in page.</source>
        <translation>用户可以在用户池的登录页面上自行创建账号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users can recover their account themselves (e.g. reset a forgotten password).</source>
        <translation>用户可以自行找回账号（例如重置忘记的密码）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email addresses and phone numbers given at sign-up are verified automatically.</source>
        <translation>注册时填写的电子邮箱和手机号码会被自动验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users whose account is not confirmed yet can still sign in.</source>
        <translation>账号尚未确认的用户也可以登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users can sign in with a one-time code sent by email.</source>
        <translation>用户可以使用通过电子邮件发送的一次性验证码登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users can sign in with a one-time code sent by SMS.</source>
        <translation>用户可以使用通过短信发送的一次性验证码登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An account is created on the fly when an unknown email address signs in.</source>
        <translation>未注册的电子邮箱登录时自动创建账号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An account is created on the fly when an unknown phone number signs in.</source>
        <translation>未注册的手机号码登录时自动创建账号。</translation>
    </message>
</context>
<context>
    <name>UserPoolsPane</name>
    <message>
        <location filename="../ui/pools/UserPoolsPane.cpp" line="+53"/>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RequestId: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Copied %n Uid(s).</source>
        <translation>
            <numerusform>已复制 %n 个 UID。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Copied %1.</source>
        <translation>已复制 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User pools</source>
        <translation>用户池</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect to a Volcengine profile to see its user pools.</source>
        <translation>请连接火山引擎配置以查看其用户池。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User pools belong to Volcengine Agent Identity; this is an Alibaba Cloud profile.</source>
        <translation>用户池属于火山引擎智能体身份服务；这是一个阿里云配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This profile has no access to Volcengine Agent Identity.</source>
        <translation>此配置无权访问火山引擎智能体身份服务。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+29"/>
        <location line="+76"/>
        <location line="+15"/>
        <location line="+358"/>
        <source>Loading user pools…</source>
        <translation>正在加载用户池…</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>Could not refresh the user pools: %1</source>
        <translation>无法刷新用户池：%1</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Could not read the monthly active users: %1</source>
        <translation>无法读取月活跃用户：%1</translation>
    </message>
    <message>
        <location line="+355"/>
        <source>No user pools yet — create one</source>
        <translation>还没有用户池 — 创建一个</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create user pool</source>
        <translation>创建用户池</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Refreshing… %n user pool(s) so far</source>
        <translation>
            <numerusform>正在刷新… 已加载 %n 个用户池</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user pool(s)</source>
        <translation>
            <numerusform>%n 个用户池</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>reading details of %n pool(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个用户池的详情…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAU for %1</source>
        <translation>%1 的月活跃用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last refresh failed: %1</source>
        <translation>上次刷新失败：%1</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Created user pool %1.</source>
        <translation>已创建用户池 %1。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved user pool %1.</source>
        <translation>已保存用户池 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <source>Delete user pool</source>
        <translation>删除用户池</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>User pools are deleted one at a time, because each deletion removes all of the pool&apos;s users and applications. Select a single pool.</source>
        <translation>每次删除都会移除用户池中的所有用户和应用，因此一次只能删除一个用户池。请只选择一个用户池。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete the user pool “%1” (%2)?

Its %n user(s) and all of its applications and settings are deleted with it. This cannot be undone.

Type the pool&apos;s name to confirm.</source>
        <translation>
            <numerusform>删除用户池“%1”（%2）吗？

其中的 %n 个用户以及所有应用和设置将一并删除。此操作无法撤销。

请输入用户池名称以确认。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting user pool %1…</source>
        <translation>正在删除用户池 %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted user pool %1.</source>
        <translation>已删除用户池 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User pool %1 was already deleted.</source>
        <translation>用户池 %1 已被删除。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server did not confirm: the pool may have been deleted anyway. The list is refreshed to show its real state.</source>
        <translation>服务器没有确认：用户池可能已经被删除。列表已刷新以显示其真实状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete the user pool %1</source>
        <translation>无法删除用户池 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The selected user pools are already enabled.</source>
        <translation>所选用户池已全部启用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected user pools are already disabled.</source>
        <translation>所选用户池已全部停用。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Enable %n user pool(s)? Their users can sign in again.</source>
        <translation>
            <numerusform>启用 %n 个用户池吗？其用户将可以重新登录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Disable %n user pool(s)? Their users can no longer sign in until the pool is enabled again.</source>
        <translation>
            <numerusform>停用 %n 个用户池吗？在用户池重新启用之前，其用户将无法登录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable user pools</source>
        <translation>启用用户池</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable user pools</source>
        <translation>停用用户池</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+110"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Enabling user pools</source>
        <translation>正在启用用户池</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabling user pools</source>
        <translation>正在停用用户池</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Import users from CSV…</source>
        <translation>从 CSV 导入用户…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Pool state</source>
        <translation>用户池状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all user pools, only the enabled or only the disabled ones</source>
        <translation>显示全部用户池、仅已启用或仅已停用的用户池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter user pools</source>
        <translation>筛选用户池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters the loaded user pools by name, Uid, domain or project as you type (Ctrl+F)</source>
        <translation>输入时按名称、UID、域名或项目筛选已加载的用户池（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <location line="-133"/>
        <source>Enabled %n user pool(s).</source>
        <translation>
            <numerusform>已启用 %n 个用户池。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Disabled %n user pool(s).</source>
        <translation>
            <numerusform>已停用 %n 个用户池。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stopped before they were changed.</source>
        <translation>
            <numerusform>%n 个在更改前已停止。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Enabling finished with errors.</source>
        <translation>启用完成，但有错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabling finished with errors.</source>
        <translation>停用完成，但有错误。</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>已复制 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %n user pool(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个用户池导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a user pool (Ctrl+N)</source>
        <translation>创建用户池（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected user pool&apos;s name, description and sign-in settings</source>
        <translation>编辑所选用户池的名称、描述和登录设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the selected user pools</source>
        <translation>启用所选用户池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable the selected user pools: their users can no longer sign in</source>
        <translation>停用所选用户池：其用户将无法登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected user pool (Delete)</source>
        <translation>删除所选用户池（Delete）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the user pools (F5)</source>
        <translation>重新加载用户池（F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Uid</source>
        <translation>复制 UID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name, Uid, domain, project… (Ctrl+F)</source>
        <translation>按名称、UID、域名、项目等筛选…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAU month:</source>
        <translation>月活跃用户月份：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month whose monthly active users the MAU column shows</source>
        <translation>“月活跃用户”列所显示的月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled only</source>
        <translation>仅已启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled only</source>
        <translation>仅已停用</translation>
    </message>
</context>
<context>
    <name>UserProvisioningColumns</name>
    <message>
        <location filename="../app/models/UserProvisioningColumns.cpp" line="+9"/>
        <source>Principal</source>
        <translation>授权对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target account</source>
        <translation>目标账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On name clash</source>
        <translation>同名冲突时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On deletion</source>
        <translation>删除时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioning ID</source>
        <translation>授权任务 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Provisioned</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep users</source>
        <translation>保留用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete users</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The user or group synchronised into the account</source>
        <translation>同步到该账号的用户或用户组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The member account the principal is provisioned into</source>
        <translation>授权对象被同步到的成员账号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happens when the account already has a user of the same name</source>
        <translation>账号中已有同名用户时的处理方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens to the synchronised users when the provisioning is deleted</source>
        <translation>删除授权任务时如何处理已同步的用户</translation>
    </message>
</context>
<context>
    <name>UserProvisioningsPane</name>
    <message>
        <location filename="../ui/directory/UserProvisioningsPane.cpp" line="+44"/>
        <source>User provisionings</source>
        <translation>用户授权任务</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Connect a profile to see its user provisionings.</source>
        <translation>连接一个配置以查看其用户授权任务。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This directory service has no user provisionings.</source>
        <translation>此目录服务没有用户授权任务。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Loading user provisionings…</source>
        <translation>正在加载用户授权任务…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No user provisioning into account %1.</source>
        <translation>没有同步到账号 %1 的用户授权任务。</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No user provisionings: no user or group is synchronised into a member account.</source>
        <translation>没有用户授权任务：没有用户或用户组同步到成员账号。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n user provisioning(s).</source>
        <translation>
            <numerusform>%n 个用户授权任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shown.</source>
        <translation>
            <numerusform>显示 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n user provisionings selected.</source>
        <translation>
            <numerusform>已选择 %n 个用户授权任务。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a user provisioning to see the details.</source>
        <translation>选择一个用户授权任务以查看详情。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>授权对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target account</source>
        <translation>目标账号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strategies</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity source</source>
        <translation>身份源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On name clash</source>
        <translation>同名冲突时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name suffix</source>
        <translation>名称后缀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On deletion</source>
        <translation>删除时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioning</source>
        <translation>用户授权任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioning ID</source>
        <translation>授权任务 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+44"/>
        <source>The user provisioning %1 no longer exists.</source>
        <translation>用户授权任务 %1 已不存在。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Could not read the user provisioning: %1</source>
        <translation>无法读取用户授权任务：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete the user provisioning %1?</source>
        <translation>删除用户授权任务 %1？</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete these %n user provisionings?</source>
        <translation>
            <numerusform>删除这 %n 个用户授权任务？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The principals stop being synchronised into the accounts. Users already created there are kept or deleted as each provisioning&apos;s deletion strategy says. This cannot be undone.</source>
        <translation>授权对象将不再同步到这些账号。已在账号中创建的用户按各授权任务的删除策略保留或删除。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete user provisionings</source>
        <translation>删除用户授权任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+91"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>The user provisioning %1 was not deleted.</source>
        <translation>用户授权任务 %1 未被删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not confirm: it may have been deleted anyway. Refresh to see.</source>
        <translation>服务器未确认：它可能已被删除。请刷新查看。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Could not delete the user provisioning</source>
        <translation>无法删除用户授权任务</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>No user provisioning for %1.</source>
        <translation>%1 没有用户授权任务。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cloud Identity cannot change a provisioning: delete it and create it again</source>
        <translation>云身份中心不能修改用户授权任务：请删除后重新创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the strategies or the description of the selected provisioning</source>
        <translation>修改所选用户授权任务的策略或描述</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Deleted user provisioning %1.</source>
        <translation>已删除用户授权任务 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Deleting %n user provisionings</source>
        <translation>
            <numerusform>正在删除 %n 个用户授权任务</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1 of %2 user provisionings.</source>
        <translation>已删除 %1 个用户授权任务（共 %2 个）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>provisioning ID(s)</source>
        <translation>授权任务 ID</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provision a user or group into a member account (Ctrl+N)</source>
        <translation>将用户或用户组授权到成员账号（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show events</source>
        <translation>查看授权记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the provisioning events of the selected provisioning</source>
        <translation>打开所选用户授权任务的授权记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Show all provisionings</source>
        <translation>显示全部用户授权任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioning filter</source>
        <translation>用户授权任务筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected user provisionings (Delete)</source>
        <translation>删除所选用户授权任务（Delete）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the user provisionings (F5)</source>
        <translation>重新加载用户授权任务（F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy provisioning ID</source>
        <translation>复制授权任务 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by principal, account, description… (Ctrl+F)</source>
        <translation>按授权对象、账号、描述筛选…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any member account</source>
        <translation>任意成员账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target account filter</source>
        <translation>目标账号筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only provisionings into this member account (press Enter)</source>
        <translation>仅显示同步到此成员账号的授权任务（按 Enter）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing the user provisionings of %1.</source>
        <translation>正在显示 %1 的用户授权任务。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The user provisioning %1 is not in the list (deleted, or not in this directory).</source>
        <translation>用户授权任务 %1 不在列表中（已删除，或不属于此目录）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Created user provisioning %1.</source>
        <translation>已创建用户授权任务 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit user provisioning</source>
        <translation>编辑用户授权任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud Identity cannot change a user provisioning. To change it, delete it and create a new one with the settings you want.</source>
        <translation>云身份中心不能修改用户授权任务。如需修改，请将其删除，再按所需设置新建一个。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved user provisioning %1.</source>
        <translation>已保存用户授权任务 %1。</translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message>
        <location filename="../ui/directory/UsersPane.cpp" line="+70"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>user name(s)</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Connect a profile to see its users.</source>
        <translation>请连接一个配置以查看其用户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading users…</source>
        <translation>正在加载用户…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No user matches the search or filters.</source>
        <translation>没有与搜索或筛选条件匹配的用户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This directory has no users yet.</source>
        <translation>此目录中还没有用户。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+418"/>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <location line="-412"/>
        <source>%1 of %2 users loaded; scroll down for more.</source>
        <translation>已加载 %2 个用户中的 %1 个；向下滚动以加载更多。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 users loaded; scroll down for more.</source>
        <translation>已加载 %1 个用户；向下滚动以加载更多。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n 个用户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shown by the quick filter.</source>
        <translation>
            <numerusform>快速筛选显示 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading more…</source>
        <translation>正在加载更多…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load more: %1 &lt;a href=&quot;retry&quot;&gt;Retry&lt;/a&gt;</source>
        <translation>无法加载更多：%1 &lt;a href=&quot;retry&quot;&gt;重试&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%n users selected.</source>
        <translation>
            <numerusform>已选择 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+302"/>
        <source>Select a user to see the details.</source>
        <translation>选择一个用户以查看详情。</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity type</source>
        <translation>身份类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the groups: %1</source>
        <translation>无法加载用户组：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a member of any group.</source>
        <translation>不属于任何用户组。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Groups of the user</source>
        <translation>用户所属的用户组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member of</source>
        <translation>所属用户组</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Created user %1.</source>
        <translation>已创建用户 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved user %1.</source>
        <translation>已保存用户 %1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete the user “%1”? This cannot be undone.</source>
        <translation>删除用户“%1”吗？此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete these %n users? This cannot be undone.</source>
        <translation>
            <numerusform>删除这 %n 个用户吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete users</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+180"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>The user %1 no longer exists.</source>
        <translation>用户 %1 已不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Could not delete the user</source>
        <translation>无法删除用户</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>The user “%1” was not deleted.</source>
        <translation>用户“%1”未被删除。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Deleted user %1.</source>
        <translation>已删除用户 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Deleting %n users</source>
        <translation>
            <numerusform>正在删除 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1 of %2 users.</source>
        <translation>已删除 %2 个用户中的 %1 个。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not enable the user</source>
        <translation>无法启用用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not disable the user</source>
        <translation>无法禁用用户</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enabled %1.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled %1.</source>
        <translation>已禁用 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disable users</source>
        <translation>禁用用户</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Disable %n users? They will not be able to sign in until enabled again.</source>
        <translation>
            <numerusform>禁用 %n 个用户吗？在重新启用之前，他们将无法登录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+109"/>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message numerus="yes">
        <location line="-100"/>
        <source>Enabling %n users</source>
        <translation>
            <numerusform>正在启用 %n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Disabling %n users</source>
        <translation>
            <numerusform>正在禁用 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enabled %1 of %2 users.</source>
        <translation>已启用 %2 个用户中的 %1 个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled %1 of %2 users.</source>
        <translation>已禁用 %2 个用户中的 %1 个。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reset the password of %1.</source>
        <translation>重置 %1 的密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user ID(s)</source>
        <translation>用户 ID</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Exported the %n loaded user(s); scroll to load more before exporting everything.</source>
        <translation>
            <numerusform>已导出已加载的 %n 个用户；如需导出全部，请先滚动加载更多。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Create a user (Ctrl+N)</source>
        <translation>创建用户（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected users (Delete)</source>
        <translation>删除所选用户（Delete）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow the selected users to sign in</source>
        <translation>允许所选用户登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block the selected users from signing in</source>
        <translation>禁止所选用户登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy user ID</source>
        <translation>复制用户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy user name</source>
        <translation>复制用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import users…</source>
        <translation>导入用户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create or update users from a CSV file</source>
        <translation>从 CSV 文件创建或更新用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search user names starting with… (Ctrl+F)</source>
        <translation>按用户名前缀搜索…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search users… (Ctrl+F)</source>
        <translation>搜索用户…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search users</source>
        <translation>搜索用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searches the whole directory on the server for user names that start with the text; the loaded rows are filtered at once (Ctrl+F)</source>
        <translation>在服务端的整个目录中搜索以该文本开头的用户名；已加载的行会立即筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searches the whole directory on the server, not only the loaded rows; the loaded rows are filtered at once (Ctrl+F)</source>
        <translation>在服务端搜索整个目录，而不只是已加载的行；已加载的行会立即筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import: %1 user(s) created, %2 updated.</source>
        <translation>导入：已创建 %1 个用户，已更新 %2 个。</translation>
    </message>
</context>
<context>
    <name>VerifiedCreate</name>
    <message>
        <location filename="../app/cloud/VerifiedCreate.cpp" line="+102"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location filename="../app/cloud/BulkRunner.cpp" line="-22"/>
        <location filename="../app/cloud/VerifiedCreate.cpp" line="+133"/>
        <source>%1 Checking whether it was created failed too: %2</source>
        <translation>%1 检查是否已创建时也失败了：%2</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <location filename="../app/cloud/VerifiedCreate.cpp" line="+55"/>
        <source>%1 It was checked: it was not created. Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 已检查：未创建。尝试 %n 次后放弃。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cloud/VerifiedCreate.cpp" line="+39"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” was created.</source>
        <translation>已创建“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer to creating “%1” was lost (%2); checked: it exists, so it was created.</source>
        <translation>创建“%1”的响应丢失（%2）；经检查它已存在，因此创建成功。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer to creating “%1” was lost (%2); checked: it did not exist, so it was created again.</source>
        <translation>创建“%1”的响应丢失（%2）；经检查它不存在，因此已重新创建。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating “%1” may or may not have happened (%2), and checking failed. Refresh the list before trying again.</source>
        <translation>无法确定“%1”是否已创建（%2），且检查失败。请先刷新列表再重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating “%1” failed: %2</source>
        <translation>创建“%1”失败：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+26"/>
        <source>Identity Console: a desktop admin console for cloud identity directories.</source>
        <translation>身份管理控制台：云身份目录桌面管理控制台。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+12"/>
        <source>Open the console on a local emulator with demo data.</source>
        <translation>在带有演示数据的本地模拟器上打开控制台。</translation>
    </message>
</context>
</TS>
