/*
 * Maps drawn from boundaries served by Fupin itself (issue #24, ADR 0036): no tile server, no request leaves the
 * server. A container <div id="map-chart" data-url="…"> gets the map view as JSON from its data-url, registers its
 * outlines with ECharts and draws the areas in the colours the server chose (the page's legend shows the same
 * classes), the village points, hover figures, and a click that opens the region's page (data-region-url, CODE is
 * replaced). <button id="map-export"> saves the map as a PNG. Texts come from the container's data-* attributes.
 */
(function () {
  'use strict';

  function tooltip(view, texts, byCode) {
    return function (p) {
      var box = document.createElement('div');
      function line(text, strong) {
        var row = document.createElement(strong ? 'strong' : 'div');
        row.textContent = text;
        box.appendChild(row);
        if (strong) box.appendChild(document.createElement('br'));
      }
      if (p.seriesType === 'scatter') {
        var place = view.places[p.dataIndex];
        line(place.name, true);
        if (!place.reported) line(texts.unreported);
        if (place.present.length) line(texts.present + ': ' + place.present.join('、'));
        if (place.lacking.length) line(texts.lacking + ': ' + place.lacking.join('、'));
        return box;
      }
      var area = byCode[p.name];
      if (!area) return '';
      line(area.name, true);
      var value = area.hidden || (area.value === null ? texts.noValue : String(area.value));
      line(texts.figure + ': ' + value);
      return box;
    };
  }

  function option(view, name, texts) {
    var byCode = {};
    view.areas.forEach(function (a) { byCode[a.code] = a; });
    var place = {layoutCenter: ['50%', '50%'], layoutSize: '96%'};
    var labels = view.areas.length <= 40;
    return {
      animation: false,
      tooltip: {trigger: 'item', confine: true, formatter: tooltip(view, texts, byCode)},
      geo: Object.assign({map: name, nameProperty: 'code', silent: true, roam: false,
        itemStyle: {areaColor: 'rgba(0,0,0,0)', borderColor: 'rgba(0,0,0,0)'}}, place),
      series: [
        Object.assign({type: 'map', id: 'areas', map: name, nameProperty: 'code', roam: false, selectedMode: false,
          itemStyle: {borderColor: '#555', borderWidth: 0.6},
          label: {show: labels, fontSize: 10, formatter: function (p) { return byCode[p.name] ? byCode[p.name].name : ''; }},
          emphasis: {label: {show: true}, itemStyle: {areaColor: '#ffe066'}},
          data: view.areas.map(function (a) {
            return {name: a.code, value: a.value, itemStyle: {areaColor: a.color}};
          })}, place),
        {type: 'scatter', id: 'places', coordinateSystem: 'geo', geoIndex: 0, symbolSize: 7, z: 5,
          data: view.places.map(function (p) {
            var lacking = p.lacking.length > 0;
            var color = !p.reported ? '#9e9e9e' : lacking ? '#b30000' : '#1f5fbf';
            return {name: p.code, value: [p.longitude, p.latitude], symbol: lacking ? 'triangle' : 'circle',
                    itemStyle: {color: color, borderColor: '#fff', borderWidth: 0.5}};
          })}
      ]
    };
  }

  /** Draws the view into the container; calls done(chart, milliseconds) when ECharts has finished rendering. */
  function draw(container, view, done) {
    var started = performance.now();
    var name = 'fupin-' + view.regionCode + '-' + view.level + '-' + view.figure;
    echarts.registerMap(name, view.geojson);
    var chart = echarts.init(container);
    var texts = container.dataset;
    chart.on('finished', function once() {
      chart.off('finished', once);
      container.dataset.drawn = 'true';
      if (done) done(chart, performance.now() - started);
    });
    chart.setOption(option(view, name, texts));
    chart.on('click', function (p) {
      if ((p.seriesType === 'map' || p.seriesType === 'scatter') && p.name && container.dataset.regionUrl) {
        window.location.href = container.dataset.regionUrl.replace('CODE', encodeURIComponent(p.name));
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    window.addEventListener('beforeprint', function () { chart.resize(); });
    return chart;
  }

  function exportPng(container) {
    var chart = echarts.getInstanceByDom(container);
    if (!chart) return;
    var link = document.createElement('a');
    link.href = chart.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'});
    link.download = (container.dataset.fileName || 'map') + '.png';
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  window.FupinMap = {draw: draw, option: option};

  var container = document.getElementById('map-chart');
  if (!container || !window.echarts || !container.dataset.url) return;
  fetch(container.dataset.url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(function (response) { return response.json(); })
    .then(function (view) { draw(container, view); });
  var button = document.getElementById('map-export');
  if (button) button.addEventListener('click', function () { exportPng(container); });
})();
