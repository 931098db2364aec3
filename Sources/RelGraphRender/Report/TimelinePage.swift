import RelGraph

/// An HTML page that plays a timeline: every frame's SVG inline, one shown at a time with its
/// date, a slider, play/pause and the arrow keys. No network access and no external
/// resources: styles and the small script are inline. Without scripts, every frame is shown
/// one after another under its date. A timeline too large for one page links its frames
/// (`Content.linked`) instead of holding them: the page then needs the frame files beside it.
/// Written in pieces (`start`, `figure`, `end`) so that a long timeline is never whole in memory.
public enum TimelinePage {
    public struct Frame: Sendable {
        public var day: Day
        public var svg: [UInt8]
        public init(day: Day, svg: [UInt8]) {
            self.day = day
            self.svg = svg
        }
    }

    /// The whole page with every frame inline.
    public static func html(title: String, subtitle: String, frames: [Frame]) -> String {
        var out = start(title: title, subtitle: subtitle, frameCount: frames.count, firstDay: frames.first?.day)
        for (index, frame) in frames.enumerated() {
            out += figure(index, day: frame.day, content: .inline(frame.svg))
        }
        return out + end
    }

    /// How a frame is shown: inline (hover text and links work in the page), or linked to its
    /// file beside the page, loaded when shown (for a timeline too large for one page).
    /// Frames that together pass this many bytes are linked, not inlined: a browser does not
    /// want a page of hundreds of megabytes (the same judgement as a scenario report's
    /// pictures, `ScenarioOutput.inlineLimit`).
    public static let inlineLimit = 32 << 20

    public enum Content {
        case inline([UInt8])
        case linked(file: String)
    }

    /// What a timeline will write, judged from one frame (the fullest) before the others are
    /// drawn: every frame is about that size or smaller.
    public struct Estimate: Sendable, Equatable {
        /// Whether the page holds the frames (else it links them).
        public var inline: Bool
        /// The frame files, and the page when it holds them all again.
        public var bytes: Int

        public init(frameBytes: Int, frameCount: Int) {
            let frames = frameBytes.multipliedReportingOverflow(by: frameCount)
            let total = frames.overflow ? Int.max : frames.partialValue
            inline = total <= TimelinePage.inlineLimit
            bytes = inline ? 2 * total : total
        }

        public init(inline: Bool, bytes: Int) {
            self.inline = inline
            self.bytes = bytes
        }
    }

    /// The page up to its first frame; then `figure` for each frame in order, then `end`.
    public static func start(title: String, subtitle: String, frameCount: Int, firstDay: Day?) -> String {
        HTMLWriter.pageStart(title: title, stylesheet: stylesheet) + """
        <p class="subtitle">\(XMLText.escaped(subtitle))</p>
        <div class="controls">
        <button id="play" type="button">Play</button>
        <input id="slider" type="range" min="0" max="\(max(0, frameCount - 1))" value="0" step="1" aria-label="Frame">
        <output id="date" for="slider">\(firstDay.map { "\($0)" } ?? "")</output>
        <span class="keys">← → to step, space to play</span>
        </div>

        """
    }

    public static func figure(_ index: Int, day: Day, content: Content) -> String {
        var out = "<figure class=\"frame\(index == 0 ? " current" : "")\" data-date=\"\(day)\">\n"
        out += "<figcaption>\(day)</figcaption>\n"
        switch content {
        case .inline(let svg):
            out += HTMLWriter.inlineSVG(svg, prefix: "f\(index)-")
        case .linked(let file):
            let name = XMLText.attribute(file)
            out += "<a href=\"\(name)\"><img src=\"\(name)\" loading=\"lazy\" alt=\"The model as of \(day)\"></a>"
        }
        out += "\n</figure>\n"
        return out
    }

    public static let end = "</main>\n<script>\(script)</script>\n</body>\n</html>\n"

    static let stylesheet = """
    :root{color-scheme:light}
    body{margin:0;background:#fff;color:#1a1a1a;font:15px/1.5 'DejaVu Sans',Verdana,sans-serif}
    main{max-width:1200px;margin:0 auto;padding:16px 24px}
    h1{font-size:1.5em;margin:.2em 0}
    .subtitle{margin:0 0 .8em;color:#555}
    .controls{display:none;position:sticky;top:0;background:#fff;padding:8px 0;align-items:center;gap:12px;border-bottom:1px solid #ddd;z-index:1}
    .controls input{flex:1}
    .controls output{font-weight:bold;font-variant-numeric:tabular-nums;min-width:7em}
    .keys{color:#777;font-size:.85em}
    figure{margin:1em 0}
    figure svg,figure img{max-width:100%;height:auto}
    figcaption{font-weight:bold}
    .js .controls{display:flex}
    .js figure{display:none}
    .js figure.current{display:block}
    .js figcaption{display:none}
    """

    /// Shows frame i; the slider, play/pause and arrow keys call it. Kept short on purpose.
    static let script = """
    (function(){
    var frames=document.querySelectorAll('figure.frame'),slider=document.getElementById('slider'),
    date=document.getElementById('date'),play=document.getElementById('play'),current=0,timer=null;
    if(!frames.length)return;
    document.body.classList.add('js');
    function show(i){i=Math.max(0,Math.min(frames.length-1,i));frames[current].classList.remove('current');
    frames[i].classList.add('current');current=i;slider.value=i;date.textContent=frames[i].getAttribute('data-date');}
    function stop(){if(timer){clearInterval(timer);timer=null;play.textContent='Play';}}
    function start(){if(current===frames.length-1)show(0);play.textContent='Pause';
    timer=setInterval(function(){if(current>=frames.length-1){stop();}else{show(current+1);}},1200);}
    function toggle(){if(timer){stop();}else{start();}}
    slider.addEventListener('input',function(){stop();show(+slider.value);});
    play.addEventListener('click',toggle);
    document.addEventListener('keydown',function(e){
    var k=e.key;if(e.altKey||e.ctrlKey||e.metaKey)return;
    if(e.target===slider&&k!==' ')return;if(e.target===play&&(k===' '||k==='Enter'))return;
    if(k==='ArrowRight'){stop();show(current+1);}else if(k==='ArrowLeft'){stop();show(current-1);}
    else if(k===' '){toggle();}else if(k==='Home'){stop();show(0);}else if(k==='End'){stop();show(frames.length-1);}
    else{return;}
    e.preventDefault();});
    show(0);
    })();
    """
}
