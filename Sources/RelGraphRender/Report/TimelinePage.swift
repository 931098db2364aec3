import RelGraph

/// A self-contained HTML page that plays a timeline: every frame's SVG inline, one shown at a
/// time with its date, a slider, play/pause and the arrow keys. No network access and no
/// external resources: styles and the small script are inline. Without scripts, every frame
/// is shown one after another under its date.
public enum TimelinePage {
    public struct Frame: Sendable {
        public var day: Day
        public var svg: [UInt8]
        public init(day: Day, svg: [UInt8]) {
            self.day = day
            self.svg = svg
        }
    }

    public static func html(title: String, subtitle: String, frames: [Frame]) -> String {
        let first = frames.first.map { "\($0.day)" } ?? ""
        var out = HTMLWriter.pageStart(title: title, stylesheet: stylesheet) + """
        <p class="subtitle">\(XMLText.escaped(subtitle))</p>
        <div class="controls">
        <button id="play" type="button">Play</button>
        <input id="slider" type="range" min="0" max="\(max(0, frames.count - 1))" value="0" step="1" aria-label="Frame">
        <output id="date" for="slider">\(first)</output>
        <span class="keys">← → to step, space to play</span>
        </div>

        """
        for (index, frame) in frames.enumerated() {
            out += "<figure class=\"frame\(index == 0 ? " current" : "")\" data-date=\"\(frame.day)\">\n"
            out += "<figcaption>\(frame.day)</figcaption>\n"
            out += HTMLWriter.inlineSVG(frame.svg, prefix: "f\(index)-")
            out += "\n</figure>\n"
        }
        out += "</main>\n<script>\(script)</script>\n</body>\n</html>\n"
        return out
    }

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
    figure svg{max-width:100%;height:auto}
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
